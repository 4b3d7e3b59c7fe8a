<#import "lib/jcl.ftl" as lib>
<#--
  VF: the verification job, after the last job that changes anything and before DA. It changes
  nothing and can be submitted any number of times.

  CATALOG (IDCAMS): what RN must have left, compared in the job. Every final name (and every data set
  alias and CSI path) must be found: LISTCAT of a missing entry ends with 4 (AMS, "Condition codes"),
  turned into 12 (lib present); no temporary name may be left that RN does not keep as an alias or a
  path (lib absent), nor a VSAM component under a cluster's temporary name (ENTRIES(<temporary>.*): a
  generic name with one qualifier, AMS "LISTCAT" ENTRIES) or under another name RN looks for
  (DeploymentPlan.componentRenames: VSAM's CLUSTER form). A renamed cluster is listed with ALL, whose
  ASSOCIATIONS name its components (AMS "LISTCAT" ALL): a component VSAM named by a rule RN cannot know
  (a cluster name over 42 characters) is seen there, for the eye. An indirectly cataloged data set is listed with VOLUME, whose
  volume serial must read as the symbol (AMS "LISTCAT" VOLUME; DEFINE NONVSAM VOLUMES(******)): that
  cannot be compared by IDCAMS, so the comment box says it. With a new master catalog, LISTCAT LEVEL of
  the temporary catalog alias lists what is cataloged under it, for the eye: only aliases and paths.
  The checks of every data set are written by jcl.write.catalogChecks (dev.zdeploy.render.IdcamsUnits).

  SMPLIST (GIMSMP, SMP/E Commands, "LIST"): LIST of the GLOBALZONE entry (its ZONEINDEX) and, zone by
  zone, of the zone entry (RELATED) and its DDDEF entries, through the same names UC used (see UC.ftl):
  LIST only reads. The values they must show are in the comment box: SMP/E cannot compare them.
-->
<#assign globalCsi = plan.globalCsiDataSets()>
<#assign lists = globalCsi?has_content>
<#assign indirect = jcl.indirect(job.datasets)>
<@lib.header
  what=["Changes nothing: it lists what the deployment made, for you to compare with the values below before " + lib.memberOf("DA") + " runs."]
    + ["Step CATALOG checks in the job that the " + job.datasets?size + " data sets are cataloged under their final names" + plan.hasNewMasterCatalog()?then(" in " + plan.masterCatalog.name, "") + ", with their aliases and paths, and that no temporary name is left; each name found wrong is listed in SYSPRINT and makes the step end with 12."]
    + jcl.renamedClusters(job.datasets)?has_content?then(["Each renamed VSAM cluster is listed with ALL: its ASSOCIATIONS name its components. " + lib.memberOf("RN") + " renames the components VSAM or DFSMSdss name by a documented rule; a component named otherwise (VSAM makes a name up for a cluster name over 42 characters) keeps its temporary name, which does no harm (the cluster is opened by its own name): rename it with ALTER name NEWNAME(newname) CATALOG(catalog) if you want the names to match."], [])
    + indirect?has_content?then([jcl.paragraph("It lists the indirectly cataloged data sets with their volumes, which must read as the symbol: ", indirect?map(ds -> ds.name + " " + ds.indirectcatalogsymbol), ", ", ".")], [])
    + plan.hasNewMasterCatalog()?then(["It lists what is cataloged under the temporary catalog alias " + plan.masterCatalog.tempcatalias + " in " + plan.masterCatalog.name + ": only data set aliases and CSI paths (until " + lib.memberOf("DA") + ")."], [])
    + lists?then(["Step SMPLIST lists the SMP/E zone index, the zones and their DDDEF entries, through " + globalCsi?first.temporaryName + ". Expected:"]
      + plan.zoneIndex()?has_content?then(["Zone index: " + plan.zoneIndex()?map(z -> z.name + " " + z.temporaryCsi + " " + z.type)?join(", ") + plan.hasNewMasterCatalog()?then(" (the paths over the CSIs; " + lib.memberOf("DA") + " sets the final names " + plan.zoneIndex()?map(z -> z.csi)?join(", ") + ")", "") + "."], [])
      + plan.zones?filter(z -> z.related??)?map(z -> "Zone " + z.name + ": RELATED " + z.related + ".")
      + plan.zones?filter(z -> plan.dddefsOfZone(z.name)?has_content)?map(z -> jcl.dddefParagraph("DDDEFs of zone " + z.name + ": ", plan.dddefsOfZone(z.name), ".")), [])
  before=["Every job before it ended well" + plan.needsZoneUpdate()?then(", " + lib.memberOf("UC") + " included", "") + "."]
  rc=["CATALOG: 0 or 4: as expected. 12: a name is missing or left over; SYSPRINT lists it after the LISTCAT that found it so. 8: a LISTCAT failed."]
    + lists?then(["SMPLIST: 0 (4: an entry to list was not found; read SMPOUT). Compare its SMPLIST output with the values above."], [])
  rerun=["Correct the cause and submit it again: it changes nothing."]
  recovery={"*": "RESUBMIT"} />
${jcl.exec("CATALOG", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<@jcl.write.catalogChecks plan=plan datasets=job.datasets/><#t>
<#if plan.hasNewMasterCatalog()>
${jcl.idcams("LISTCAT LEVEL(" + plan.masterCatalog.tempcatalias + ") NAME CATALOG(" + plan.masterCatalog.name + ")")}
</#if>
/*
<#if lists>
<@lib.gimsmpStep step="SMPLIST" cond="" csi=globalCsi?first.temporaryName>
${jcl.smpe("SET BOUNDARY(GLOBAL)")}
${jcl.smpe("LIST GLOBALZONE")}
${jcl.smpe("LIST DDDEF")}
<#list plan.zones?filter(z -> z.type != "GLOBAL") as zone>
${jcl.smpe("SET BOUNDARY(" + zone.name + ")")}
${jcl.smpe("LIST " + (zone.type == "TARGET")?then("TARGETZONE", "DLIBZONE"))}
${jcl.smpe("LIST DDDEF")}
</#list>
</@lib.gimsmpStep>
</#if>
