<#import "lib/jcl.ftl" as lib>
<#--
  UC: updates the target's SMP/E zones: zone index, zone names and related zones, DDDEF entries.

  Why UC runs after RN, and how this system reaches the target CSIs (docs/manual-syntax.md, "Reaching
  the target CSIs"): SMP/E finds a target or DLIB zone through the GLOBALZONE entry's ZONEINDEX, "the
  name of the CSI data set on which they reside", and allocates that data set by name (SMP/E
  Reference, "Target zone and distribution zone processing"). With a new master catalog the final CSI
  names, looked up on this system, find the source CSIs when the names are unchanged; so this job
  names the target CSIs only by the paths <tempcatalias>.<csi> that RN defines over them in the new
  catalog (AMS "DEFINE PATH": "as though it were an alias for the cluster"), reached through the
  temporary catalog alias. SMPCSI names the global CSI's path, and the zone index is pointed at the
  paths, so every SET BOUNDARY, in this job and in any SMP/E job run on this system until DA, opens
  the target's own zones and never a source CSI. DA points the zone index at the final names just
  before it deletes the paths. Into the existing catalog the CSIs have their final names from the start,
  which differ from every source name (NameChecks), and the zone index gets them here. In this order,
  every step of which the manuals document:
    1. ZINDEX: REP GLOBALZONE ZONEINDEX to those names (the copied index still names the source CSIs);
    2. ZRENAME: ZONERENAME for each renamed zone (SMP/E Commands, "ZONERENAME": SAMEDATASET keeps the
       zone in its CSI and needs the old zone's ZONEINDEX entry, which step 1 made), then REP
       TARGETZONE / DLIBZONE RELATED for the zones whose related zone was renamed;
    3. DDDEFS: the DDDEF entries of each zone: REP DDDEF DATASET VOLUME UNIT and the status when the
       target carries a volume; when it carries none (SMS-managed, or the existing catalog), the entry is
       deleted and added again with DATASET and its status only; REP DDDEF PATH for moved paths.
       UCLIN REP's subentry semantics are NOT verified: whether REP keeps the subentries it does not name
       or replaces the whole entry is in no IBM text retrieved (SMP/E Commands "UCLIN" was not; the one
       Reference example found, "Replacing XZLMOD subentries", replaces one named list and says nothing
       of the others; docs/manual-syntax.md 3.4, 9). So every statement is written to give the same
       entry under both readings: the REP names every subentry the entry needs (DATASET, VOLUME, UNIT and
       the status, MOD for the logs: under the whole-entry reading a status left out would be lost), and
       a VOLUME to be dropped is dropped by DEL then ADD, which leaves exactly the subentries named
       whatever REP does. Subentries the source entry may carry beyond these (SPACE, DSNTYPE,
       WAITFORDSN...) are kept under one reading and dropped under the other; they matter only when SMP/E
       allocates a new data set, which these existing libraries are not. The simulator runs the golden
       jobs under both readings (SystemState.repReplacesEntry).
  SMPPTS: every SMP/E step names the target's SMPPTS and spill data sets SMPPTS1... by DD statements
  (lib gimsmpStep, DeploymentPlan.smpptsDds), as z/OSMF's UC does: SMP/E uses a DD statement before the
  zone's DDDEF (Reference, "DDDEF entry"), and until DDDEFS runs the copied global zone's DDDEFs name the
  source's SMPPTS, which this system would allocate. After the deployment the target global zone's DDDEF
  SMPPTS (and SMPPTS1..n, without a gap: Reference, "SMPPTS spill data set") must name the target's own:
  step DDDEFS writes them from the descriptor's DDDEFs like any other; when the descriptor names none,
  the comment box says to check LIST DDDEF (VF) before any RECEIVE.
  Not chosen: DD statements named after the zones (the Reference page says SMP/E "optionally" looks
  for one), because the manual does not say whether SMP/E then ignores the ZONEINDEX name, and because
  an SMP/E job the user writes would not carry them: the zone index itself must name only the target.
  A phase with nothing to do has no step (an instance with a global zone only has no zone index to
  point anywhere); when no phase has anything to do, one IEFBR14 step keeps the job valid and the
  job sequence as planned.

  Why one step per phase: SMP/E goes on after a failure within a run. Before each command it checks
  the highest return codes of the commands before it, by default that SET ended with 0, JCLIN and
  UCLIN below 8 and any other command below 12 (SMP/E Commands, "Processing the SMP/E RC operand";
  the page states these defaults for ACCEPT, its table for the other commands was not retrieved), so
  the UCLIN after a ZONERENAME that ended with 8 would still run; and a UCL statement in error stops
  only itself ("Processing stops for the statement in error. Processing continues with the next
  statement.", SMP/E Messages, e.g. GIM40300E). In one step, the final zone index could follow a
  failed zone rename or DDDEF update. SMP/E's return codes (SMP/E Messages, Codes, and Diagnosis,
  "Message format"): 4 "Processing completed but SMP/E detected a possible error", 8 "SMP/E processing
  did not complete properly", 12 "An entire SMP/E command failed", 16 and 20 terminating. So every step
  after the first carries COND=(4,LT): "If you omit stepname, the code you specify is compared to the
  return codes from all previous steps", and "If the specified test is true, the step is bypassed"
  (MVS JCL Reference, "COND parameter", "Subparameter definition"): the step runs only when every
  step that ran before it ended with 4 or less. Without a step name the test looks at every step that
  ran, so a failure bypasses all the steps after it, not only the next one.
  Rerun: the comment box tells to resubmit with RESTART=<failed step> on the JOB statement (MVS JCL
  Reference, "RESTART parameter": deferred step restart). The restarted step runs ("The system
  evaluates any COND parameters on the restarted step as false, and executes the step", "When the JOB
  statement contains a RESTART parameter"), and the tests of later steps ignore the steps before it
  ("Cautions when coding the RESTART parameter").
  Rerun after a zone rename: ZONERENAME checks that "A GLOBALZONE ZONEINDEX entry for the new zone name
  must not already exist" (SMP/E Commands, "ZONERENAME: Processing"), so a zone renamed by the failed
  run must not be renamed again. Its new name's ZONEINDEX entry holds the name ZINDEX wrote (with
  SAMEDATASET "the data set name is the same as ... the value in the old zone", which ZINDEX set):
  the comment box tells to delete the zone's ZONERENAME and restart at ZRENAME, not at ZINDEX, which
  would write the old name into the index.
  Not verified in IBM's text: ZONERENAME's exact operand order and whether it removes the old zone's
  ZONEINDEX entry (check LIST GLOBALZONE after a zone rename).
  SMPCNTL syntax: SMP/E Commands, "Syntax rules" (statements end with a period; a value in
  apostrophes runs through column 72 and resumes in column 1).
-->
<#assign globalCsi = plan.globalCsiDataSets()?first>
<#assign indexed = plan.zoneIndex()?has_content>
<#assign renaming = plan.renamedZones()?has_content || plan.zonesWithRenamedRelated()?has_content>
<#assign dddefZones = plan.zones?filter(zone -> plan.changedDddefsOfZone(zone.name)?has_content)>
<#assign steps = indexed?then(["ZINDEX"], []) + renaming?then(["ZRENAME"], [])
  + dddefZones?has_content?then(["DDDEFS"], [])>
<#assign viaPaths = plan.hasNewMasterCatalog()>
<#-- COND= of `step`: none on the first step, every later one runs only when all before it ended with 4 or less. -->
<#function condOf step>
  <#return (step == steps?first)?then("", "COND=(4,LT)")>
</#function>
<#-- How to resubmit the job so that it starts at `step`. -->
<#function restart step>
  <#return (step == steps?first)?then("submit the job again as it is", "resubmit the job with RESTART=" + step + " added to its JOB statement")>
</#function>
<#assign zoneNames = dddefZones?map(z -> z.name)?join(", ")>
<#assign withVolumes = dddefZones?filter(zone -> jcl.anyWithVolume(plan.changedDddefsOfZone(zone.name)))?has_content>
<@lib.header
  what=["Updates the SMP/E zones of the target through its global zone " + plan.globalZoneCsi + viaPaths?then(", which this job reaches as " + globalCsi.temporaryName + ", the path " + lib.memberOf("RN") + " defined over it in the new master catalog", "") + steps?has_content?then(", one SMP/E step per phase; a step runs only when every step before it ended with 4 or less:", ".")]
    + indexed?then(["Step ZINDEX points the zone index at the target CSIs" + viaPaths?then(" by their paths (" + jcl.temporaryNames(jcl.csis(job.datasets))?join(", ") + "), which this system resolves to the target CSIs and nothing else, so that the later steps, and any SMP/E job run on this system until " + lib.memberOf("DA") + ", open the target's own zones. It gets the final names from " + lib.memberOf("DA") + ", which then deletes the paths.", " by their final names, so that the later steps open the target's own zones.")], [])
    + renaming?then(["Step ZRENAME " + plan.renamedZones()?has_content?then("renames zones " + plan.renamedZones()?map(z -> z.sourceName + " to " + z.name)?join(", "), "") + (plan.renamedZones()?has_content && plan.zonesWithRenamedRelated()?has_content)?then(" and ", "") + plan.zonesWithRenamedRelated()?has_content?then("sets the related zone of zones " + plan.zonesWithRenamedRelated()?map(z -> z.name)?join(", "), "") + "."], [])
    + dddefZones?has_content?then(["Step DDDEFS sets the DDDEF entries of the target libraries in zones " + zoneNames + " to their final names" + withVolumes?then(" and volumes", "") + plan.mountPoints?has_content?then(" and the UNIX paths under moved mount points", "") + "."], [])
    + plan.smpptsDds()?has_content?then(["Each SMP/E step allocates the target's SMPPTS" + (plan.smpptsDds()?size > 1)?then(" and its spill data sets", "") + " by DD statements (" + plan.smpptsDds()?map(dd -> dd.ddname + " " + dd.dsn)?join(", ") + "), never the source's, which the global zone's DDDEF names until step DDDEFS."],
      (plan.hasSmpe() && plan.globalZoneCsi??)?then(["The descriptor names no SMPPTS DDDEF for the global zone: if the source's global zone has one, the target's keeps it and it names the source's SMPPTS. Check it with LIST DDDEF (" + lib.memberOf("VF") + ") and correct it with UCLIN before any RECEIVE into the target."], []))
    + steps?has_content?then([], ["The zones need no update: no zone index to point (global zone only), no zone renamed, no DDDEF entry to change. Step NOUPDATE runs IEFBR14, which does nothing."])
  before=["Every earlier job ended well: " + lib.memberOf("RN") + " has given the data sets, CSIs included, their final names" + viaPaths?then(" and defined the paths over the CSIs", "") + ".",
    "No other SMP/E job uses the target CSIs."]
  rc=steps?has_content?then(["Each step: 0: done. 4: warnings, read its SMPOUT. 8 or more: a command failed (SMPOUT names it), and the steps after it are bypassed.",
      "Submit " + lib.memberOf("VF") + " only after every step ended with 4 or less."],
    ["0: done."])
  rerun=steps?has_content?then(["Correct the cause, then restart the job at the step that failed, as below for each step: the steps before it are not run again."]
    + indexed?then(["ZINDEX failed: nothing else has run, and its statement can run again: " + restart("ZINDEX") + "."], [])
    + renaming?then(["ZRENAME failed: the zone index points at the target CSIs" + plan.renamedZones()?has_content?then(", and some zones may be renamed. A zone that the failed run renamed (SMPOUT shows its ZONERENAME ended well) cannot be renamed again: delete its SET BOUNDARY and ZONERENAME statements from step ZRENAME, then " + restart("ZRENAME") + ". Its new name's zone index entry already points at the target CSI. Do not restart at ZINDEX: it would write the old zone name into the zone index again.", "; " + restart("ZRENAME") + ".") + " The RELATED statements can run again as they are."], [])
    + dddefZones?has_content?then(["DDDEFS failed: " + indexed?then("the zone index points at the target CSIs" + renaming?then(" and the zones have their new names and related zones", "") + "; ", "") + "some DDDEF entries may be updated. Its statements can run again as they are: " + restart("DDDEFS") + "."], []),
    ["Submit the job again as it is."])
  recovery=steps?has_content?then((renaming && plan.renamedZones()?has_content)?then({"ZRENAME": "MANUAL"}, {}) + {"*": "RESTART=*"}, {"*": "RESUBMIT"}) />
<#if !steps?has_content>
${jcl.exec("NOUPDATE", "PGM=IEFBR14")}
</#if>
<#if indexed>
<@lib.gimsmpStep step="ZINDEX" cond=condOf("ZINDEX") csi=globalCsi.temporaryName>
${jcl.smpe("SET BOUNDARY(GLOBAL)")}
${jcl.smpe("UCLIN")}
${jcl.smpe("REP GLOBALZONE ZONEINDEX(" + plan.zoneIndex()?map(z -> "(" + z.sourceName + "," + z.temporaryCsi + "," + z.type + ")")?join(" ") + ")")}
${jcl.smpe("ENDUCL")}
</@lib.gimsmpStep>
</#if>
<#if renaming>
<@lib.gimsmpStep step="ZRENAME" cond=condOf("ZRENAME") csi=globalCsi.temporaryName>
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
</@lib.gimsmpStep>
</#if>
<#if dddefZones?has_content>
<@lib.gimsmpStep step="DDDEFS" cond=condOf("DDDEFS") csi=globalCsi.temporaryName>
<#list dddefZones as zone>
${jcl.smpe("SET BOUNDARY(" + zone.name + ")")}
${jcl.smpe("UCLIN")}
<@jcl.write.dddefUcl dddefs=plan.changedDddefsOfZone(zone.name)/><#t>
${jcl.smpe("ENDUCL")}
</#list>
</@lib.gimsmpStep>
</#if>
