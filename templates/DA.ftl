<#import "lib/jcl.ftl" as lib>
<#--
  DA: removes what let the driving system reach the target: the data set aliases in the new master
  catalog, the temporary catalog alias, and the new catalog's connector. Not submitted with the
  others (job.submitted is false): run it once the target has been verified, as z/OSMF deletes the
  temporary aliases in a separate step.
  AMS "DELETE" (ALIAS: "the entry to be deleted is an alias entry"); AMS "EXPORT DISCONNECT": "The
  connector entry for the user catalog is deleted from the master catalog. Also, the user catalog's
  alias entries are deleted from the master catalog." The catalog itself and its entries stay.
  Zone index (see JobType and UC.ftl): until this job the zone index names the paths over the target
  CSIs, the only names this system resolves to the target CSIs. Step ZINDXFIN points it at the final
  CSI names, which the target system will resolve, then CLEANUP deletes the paths, the global CSI's
  first: from then on no name on this system leads to the target global zone, so no SMP/E job run here
  can follow the final names in the zone index to a source CSI. CLEANUP runs only when ZINDXFIN ended
  with 4 or less (COND=(4,LT): MVS JCL Reference, "COND parameter"); between the two steps, and after a
  failed CLEANUP, the comment box says to run no SMP/E job against the target.
-->
<#assign mcat = plan.masterCatalog>
<#assign globalCsi = plan.globalCsiDataSets()>
<#assign finalIndex = globalCsi?has_content && plan.zoneIndex()?has_content>
<#-- The global CSI's path is deleted first: see above. -->
<#assign ordered = plan.hasSmpe()?then(jcl.namedFirst(job.datasets, plan.globalZoneCsi), job.datasets)>
<@lib.header
  what=finalIndex?then(["Step ZINDXFIN points the zone index of the target's global zone (reached as " + globalCsi?first.temporaryName + ") at the final CSI names, the names the target system will use."], [])
    + ["Step CLEANUP deletes the paths over the target CSIs and the data set aliases " + mcat.tempcatalias + ".* from the new master catalog " + mcat.name + ", deletes the temporary catalog alias " + mcat.tempcatalias + " from this system's master catalog, and disconnects " + mcat.name + " from this system (the catalog and its entries are kept)" + finalIndex?then("; it runs only when ZINDXFIN ended with 4 or less", "") + "."]
  before=["Every earlier job ended well and the target software instance has been verified (" + lib.memberOf("VF") + "): after this job this system reaches the target data sets only by volume."]
    + finalIndex?then(["No SMP/E job uses the target CSIs, and none is run against them until this job has ended well: once ZINDXFIN has run, the zone index names the final CSI names, which this system resolves to the source CSIs."], [])
  rc=finalIndex?then(["ZINDXFIN: 0 or 4: done (4: read its SMPOUT); 8 or more: it failed and CLEANUP is bypassed."], [])
    + ["CLEANUP: 0: done. 16: a unit failed and the step stopped there; read SYSPRINT."]
  rerun=finalIndex?then(["ZINDXFIN failed: nothing has been deleted; correct the cause and submit the job again as it is.",
      "CLEANUP failed: correct the cause and resubmit the job with RESTART=CLEANUP added to its JOB statement: entries already deleted are skipped. Run no SMP/E job against the target until it has ended well."],
    ["Correct the cause and submit the job again: entries already deleted are skipped."])
  recovery=finalIndex?then({"ZINDXFIN": "RESUBMIT", "CLEANUP": "RESTART=CLEANUP"}, {"*": "RESUBMIT"}) />
<#if finalIndex>
<@lib.gimsmpStep step="ZINDXFIN" cond="" csi=globalCsi?first.temporaryName>
${jcl.smpe("SET BOUNDARY(GLOBAL)")}
${jcl.smpe("UCLIN")}
${jcl.smpe("REP GLOBALZONE ZONEINDEX(" + plan.zoneIndex()?map(z -> "(" + z.name + "," + z.csi + "," + z.type + ")")?join(" ") + ")")}
${jcl.smpe("ENDUCL")}
</@lib.gimsmpStep>
${jcl.exec("CLEANUP", "PGM=IDCAMS", "COND=(4,LT)")}
<#else>
${jcl.exec("CLEANUP", "PGM=IDCAMS")}
</#if>
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<@jcl.write.aliasDeletes datasets=ordered/><#t>
<@lib.deleteIfPresent mcat.tempcatalias "ALIAS" ""/>
${jcl.idcams("LISTCAT ENTRIES(" + mcat.name + ") USERCATALOG")}
${jcl.idcams("IF LASTCC = 0 THEN EXPORT " + mcat.name + " DISCONNECT")}
${jcl.idcams("ELSE SET LASTCC = 0")}
<@lib.verdict/>
/*
