<#import "lib/jcl.ftl" as lib>
<#--
  UC: updates the target's SMP/E zones: zone index, zone names and related zones, DDDEF entries.

  Why UC runs before RN, and how this system reaches the target CSIs: SMP/E finds a target or DLIB
  zone through the GLOBALZONE entry's ZONEINDEX, "the name of the CSI data set on which they
  reside", and allocates that data set by name (SMP/E Reference, "Target zone and distribution zone
  processing"). While the jobs run, the target CSIs carry their temporary names, which this system
  reaches (through the temporary catalog alias when there is a new master catalog). After RN they
  carry their final names in the target catalog, which this system cannot reach by name: a data set
  alias cannot relate to a VSAM cluster (AMS "DEFINE ALIAS": "an alternate name for a non-VSAM data
  set or a user catalog"), and the final name, looked up here, would find the source CSI. So this job
  runs first, with SMPCSI naming the global CSI by its temporary name, and in this order, every
  step of which the manuals document:
    1. REP GLOBALZONE ZONEINDEX to the temporary CSI names, so every SET BOUNDARY below opens the
       target's own zones (the copied index still names the source CSIs);
    2. ZONERENAME for each renamed zone (SMP/E Commands, "ZONERENAME": SAMEDATASET keeps the zone in
       its CSI and needs the old zone's ZONEINDEX entry, which step 1 made), then REP TARGETZONE /
       DLIBZONE RELATED for the zones whose related zone was renamed;
    3. the DDDEF entries of each zone: REP DDDEF DATASET VOLUME UNIT when the target carries a volume;
       when it carries none (indirectly cataloged, or the existing catalog), the entry is deleted and
       added again with DATASET and its status only, because REP keeps the subentries it does not name
       (SMP/E Reference, "DDDEF entry"; SMP/E Commands, "UCLIN"); REP DDDEF PATH for moved paths;
    4. REP GLOBALZONE ZONEINDEX to the final CSI names, which RN then gives the data sets.
  Not chosen: DD statements named after the zones (the same Reference page says SMP/E "optionally"
  looks for one), because the manual does not say whether SMP/E then ignores the ZONEINDEX name.
  Not verified in IBM's text: ZONERENAME's exact operand order and whether it removes the old zone's
  ZONEINDEX entry (check LIST GLOBALZONE after a zone rename).
  Rerun after a zone rename: ZONERENAME checks that "A GLOBALZONE ZONEINDEX entry for the new zone name
  must not already exist" (SMP/E Commands, "ZONERENAME: Processing"), and the renamed zone's ZONEINDEX
  entry may already carry the final CSI name, so the comment box tells how to edit the job first.
  SMPCNTL syntax: SMP/E Commands, "Syntax rules" (statements end with a period; a value in
  apostrophes runs through column 72 and resumes in column 1).
-->
<#assign globalCsi = job.datasets?filter(ds -> ds.name == plan.globalZoneCsi)?first>
<@lib.header
  what=["Updates the SMP/E zones of the target through its global zone " + plan.globalZoneCsi + " (while the jobs run: " + globalCsi.temporaryName + "): points the zone index at the target CSIs, " + plan.renamedZones()?has_content?then("renames zones " + plan.renamedZones()?map(z -> z.sourceName + " to " + z.name)?join(", ") + ", ", "") + "sets the DDDEF entries of the target libraries to their final names and volumes" + plan.mountPoints?has_content?then(" and the UNIX paths under moved mount points", "") + ", and finally points the zone index at the CSIs' final names."]
  before=["Every earlier job ended well: the data sets, CSIs included, exist under their temporary names. " + lib.memberOf("RN") + " has not run yet.",
    "No other SMP/E job uses the target CSIs."]
  rc=["0: done. 4: warnings, read SMPOUT. 8 or more: a statement failed; SMPOUT names it."]
  rerun=["Correct the cause and submit the job again. The zone index, RELATED and DDDEF statements can run again as they are."]
    + plan.renamedZones()?has_content?then(["A zone that the failed run renamed (SMPOUT shows its ZONERENAME ended well) cannot be renamed again, and the zone index entry of its new name may already hold its CSI's final name. Before you resubmit, delete its SET BOUNDARY and ZONERENAME statements and write its new name in place of the old one in the first REP GLOBALZONE ZONEINDEX, so that it points at the CSI's temporary name again."], []) />
${jcl.exec("UCLIN", "PGM=GIMSMP", "PARM='PROCESS=WAIT'", "REGION=0M")}
${jcl.dd("SMPCSI", "DISP=OLD", "DSN=" + globalCsi.temporaryName)}
<@lib.sysout "SMPOUT" "SMPRPT" "SMPLIST" "SYSPRINT"/>
<#-- The target's own SMPLOG DDDEFs are among those this job changes: no logging during it. -->
${jcl.dd("SMPLOG", "DUMMY")}
${jcl.dd("SMPLOGA", "DUMMY")}
${jcl.dd("SMPHOLD", "DUMMY")}
${jcl.dd("SMPCNTL", "*")}
<#-- An instance with a global zone only has no zone index to point anywhere. -->
<#if plan.zoneIndex()?has_content>
${jcl.smpe("SET BOUNDARY(GLOBAL)")}
${jcl.smpe("UCLIN")}
${jcl.smpe("REP GLOBALZONE ZONEINDEX(" + plan.zoneIndex()?map(z -> "(" + z.sourceName + "," + z.temporaryCsi + "," + z.type + ")")?join(" ") + ")")}
${jcl.smpe("ENDUCL")}
</#if>
<#list plan.renamedZones() as zone>
${jcl.smpe("SET BOUNDARY(" + zone.sourceName + ")")}
${jcl.smpe("ZONERENAME(" + zone.sourceName + ") TO(" + zone.name + ") SAMEDATASET")}
</#list>
<#list plan.zonesWithRenamedRelated() as zone>
${jcl.smpe("SET BOUNDARY(" + zone.name + ")")}
${jcl.smpe("UCLIN")}
${jcl.smpe("REP " + (zone.type == "TARGET")?then("TARGETZONE", "DLIBZONE") + "(" + zone.name + ") RELATED(" + zone.related + ")")}
${jcl.smpe("ENDUCL")}
</#list>
<#list plan.zones as zone>
<#assign dddefs = plan.dddefsOfZone(zone.name)?filter(dd -> !dd.isPath() || dd.isPathMoved())>
<#if dddefs?has_content>
${jcl.smpe("SET BOUNDARY(" + zone.name + ")")}
${jcl.smpe("UCLIN")}
<#list dddefs as dd>
<#if dd.isPath()>
${jcl.smpe("REP DDDEF(" + dd.dddef + ") PATH('" + dd.path + "')")}
<#elseif dd.volume??>
${jcl.smpe("REP DDDEF(" + dd.dddef + ") DATASET(" + dd.dataset + ") VOLUME(" + dd.volume + ") UNIT(" + dd.unit + ")")}
<#else>
${jcl.smpe("DEL DDDEF(" + dd.dddef + ")")}
${jcl.smpe("ADD DDDEF(" + dd.dddef + ") DATASET(" + dd.dataset + ") " + dd.status())}
</#if>
</#list>
${jcl.smpe("ENDUCL")}
</#if>
</#list>
<#if plan.zoneIndex()?has_content>
${jcl.smpe("SET BOUNDARY(GLOBAL)")}
${jcl.smpe("UCLIN")}
${jcl.smpe("REP GLOBALZONE ZONEINDEX(" + plan.zoneIndex()?map(z -> "(" + z.name + "," + z.csi + "," + z.type + ")")?join(" ") + ")")}
${jcl.smpe("ENDUCL")}
</#if>
/*
