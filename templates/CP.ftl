<#import "lib/jcl.ftl" as lib>
<#--
  CP: copy a software instance (source type swi) with DFSMSdss to the names the data sets carry
  while the jobs run (TargetDataSet.temporaryName).

  New master catalog (plan.masterCatalog): steps DEFCAT and DEFALIAS (lib newCatalogSteps, with the
  manual sections they rely on), so every <tempcatalias>.<name> the copy catalogs lands in the new
  catalog.

  COPY (DFSMSdss Storage Administration, "COPY DATASET command syntax for logical data set"):
  one command per CopyGroup (same source volumes to the same target volumes, same kind, at most 255
  data sets: "FILTERDD"). INCLUDE names the source data sets; LOGINDYNAM the source volumes and
  OUTDYNAM the target volumes, in the order of the data sets' volume lists, so a multi-volume data set
  is selected only by the command listing all its volumes ("SELECTMULTI": ALL is the default) and put
  on its planned volumes; RENAMEUNCONDITIONAL gives every data set its temporary name ("the data set
  must be copied with the new name, regardless of whether the data set exists on DASD with the old
  name"); CATALOG catalogs the copies in the standard search order, which through the temporary alias
  is the new catalog ("CATALOG"); SPHERE copies a VSAM cluster with its alternate indexes; ALLDATA(*)
  ALLEXCP copy all allocated space, not only the used part ("ALLDATA", "ALLEXCP").
  - SMS ("Moving SMS-managed data sets": COPY runs the ACS routines on the new name): a group of
    non-SMS-managed data sets adds BYPASSACS(**) NULLSTORCLAS, "The combination of NULLSTORCLAS and
    BYPASSACS(dsn) forces the selected data sets to be non-SMS-managed" ("BYPASSACS", whose filter
    names the old names of renamed data sets; ** selects them all), so they land on OUTDYNAM's
    volumes; BYPASSACS is protected by FACILITY profile STGADMIN.ADR.COPY.BYPASSACS ("Protecting the
    usage of DFSMSdss"; ADR707E "NOT AUTHORIZED TO USE BYPASSACS"). A group of SMS-managed data sets
    keeps its source classes as ACS input and has no OUTDYNAM: SMS picks the volume. A group the
    request gave a storage class (v2 storclas action; CopyGroup groups by class) adds STORCLAS(sc),
    "the storage class that you want to replace (the source storage class) as input to the ACS
    routines" ("STORCLAS"); "Using STORCLAS does not guarantee that the data set is assigned the
    storage class you specify" ("Changing storage class with Copy"): the ACS routines may override it
    unless the storage administrator's routines accept the class given; the submitter needs RACF
    authority to the class (RESOWNER authorized to define with it).
  - TOLERATE(ENQFAILURE) copies the running system's libraries that it holds, but never the SMP/E
    data sets (CopyGroup.toleratesEnqFailure): they are copied by commands of their own without it,
    so a CSI in use by SMP/E stops the copy instead of being copied torn. Nor VSAM clusters that are
    or may be extended format (every SMS-managed one, a zFS over 4 GB, isextendedformat;
    TargetDataSet.isExtendedFormatVsam): "You cannot use the TOLERATE(ENQF) keyword when
    performing a logical copy operation with VSAM extended-format data sets" (DFSMSdss Storage
    Administration, COPY "TOLERATE"); they too have commands of their own without it.
  - Data sets copied under their final names (CopyGroup.underFinalNames, TargetDataSet.copiedUnderFinalName;
    issue 10 major 12): a non-VSAM, non-SMS data set that keeps its source name in a new master catalog
    (SYS1.LINKLIB, ...) could not get that name from job RN while the driving system has it allocated
    (DFSMSdfp Advanced Services, "Renaming a Data Set That Might be in Use"). Its command has no
    RENAMEUNCONDITIONAL and codes RECATALOG(newcat) instead of CATALOG: "RECATALOG(newcatname) catalogs
    the target data set in the newcatname catalog" (COPY "CATALOG | RECATALOG"), where nothing of that
    name is cataloged (the catalog is new; "CATALOG or RECATALOG fails if the target data set is already
    cataloged in the same catalog"), while CATALOG would give ADR385E, "two data sets with the same name
    cannot be cataloged in the standard order of search at the same time". The copy lands on OUTDYNAM's
    volumes, never the source's (the pre-flight job checks that the target VTOCs lack the name). The
    source's SYSDSN enqueue is exclusive by default ("Enqueuing—ENQ": "defaulting to exclusive
    enqueuing"), which fails while the system holds the data set (shared, as it holds its libraries);
    these commands code SHARE ("SHARE specifies that DFSMSdss is to share the data sets to be copied for
    read access with other programs"; "If you specify the SHARE keyword, DFSMSdss tries an enqueue for
    share"), so a library the system only reads is copied under a shared enqueue that keeps writers out,
    and one held exclusively still fails it: TOLERATE(ENQFAILURE) then copies it without the enqueue
    (not for SMP/E data sets, which stop the copy instead). The enqueue is by data set name ("Read/Write
    serialization scheme"), one for source and copy alike.
  - No PROCESS(SYS1): DFSMSdss needs it to copy SYS1 data sets to preallocated targets ("Moving to
    preallocated data sets"), to uncatalog or delete them ("UNCATALOG", "Dumping SYS1 system data
    sets"); every target here is new, kept and cataloged under a new name, and the keyword would only
    add a RACF check (ADR707E).
-->
<#assign groups = plan.copyGroups()>
<#assign underFinal = jcl.copiedUnderFinalNames(job.datasets)>
<#-- Whether any data set is copied to a temporary name: fewer copied under their final names than copied. -->
<#assign renamed = (underFinal?size < job.datasets?size)>
<#assign finalHlqs = jcl.profilesOf(underFinal)>
<@lib.header
  what=(plan.hasNewMasterCatalog()?then(lib.newCatalogWhat(plan.masterCatalog), [])
    + [lib.stepRange("COPY", groups?size, "copies", "copy") + " the " + lib.count(job.datasets?size, "data set") + " with DFSMSdss, one step per group of data sets that go from the same source volumes to the same target volumes" + renamed?then(", each data set to its temporary name (listed in the RENAMEUNCONDITIONAL pairs). Job " + lib.memberOf("RN") + " later gives them their final names.", ".")]
    + underFinal?has_content?then([lib.count(underFinal?size, "data set") + " keep" + (underFinal?size == 1)?then("s", "") + " the name " + (underFinal?size == 1)?then("it has", "they have") + " on this system (" + underFinal[0..*4]?map(ds -> ds.name)?join(", ") + (underFinal?size > 4)?then(", ...", "") + "): " + (underFinal?size == 1)?then("it is", "they are") + " copied under " + (underFinal?size == 1)?then("that name", "those names") + " to the target volumes and cataloged only in the new master catalog " + plan.masterCatalog.name + " (RECATALOG), not renamed later: a data set cannot be renamed to a name this system has allocated."], [])
    + job.datasets?has_content?then(["Step VERIFY lists every temporary name in the catalog with its volumes" + underFinal?has_content?then(", and every name copied under its final name in the new master catalog,", "") + " and ends with 12 when one is missing: a data set the copy did not select (its volumes are not the ones the plan lists) does not make a COPY step fail."], []))
  before=["The source volumes are online to this system and the target volumes are online and initialized.",
    "The submitting user has the authority of the RACF sample job " + lib.memberOf("RA") + " and READ access to the source data sets; with the DFSMSdss keyword TOLERATE(ENQFAILURE), READ to FACILITY class profile STGADMIN.ADR.COPY.TOLERATE.ENQF" + groups?filter(g -> g.bypassesAcs())?has_content?then(", and with BYPASSACS(**) NULLSTORCLAS (which keep the non-SMS-managed copies out of SMS), READ to STGADMIN.ADR.COPY.BYPASSACS", "") + "."]
    + underFinal?has_content?then(["The data sets copied under their final names are created under those names: the submitting user needs ALTER access to the data set profiles that cover them (" + finalHlqs[0..*6]?join(", ") + (finalHlqs?size > 6)?then(", ...", "") + ") and UPDATE access to the new master catalog, as before to rename to them (DFSMSdss \"Access authority for COPY\": a new non-SMS target needs ALTER to the data set and UPDATE to the catalog)."], [])
    + groups?filter(g -> g.smpe())?has_content?then(["No SMP/E work (APPLY, ACCEPT, RECEIVE, UCLIN, ...) runs against the source instance until this job has ended: its CSIs and SMP/E data sets are copied without TOLERATE(ENQFAILURE), so one in use stops the copy instead of being copied half-updated."], [])
    + groups?filter(g -> g.smsManaged())?has_content?then(["The SMS-managed data sets go through the ACS routines under their temporary names: SMS, not this job, picks their volumes."], [])
    + plan.assignedStorageClasses()?has_content?then(["The storage classes the request gives (" + plan.assignedStorageClasses()?join(", ") + ") are defined, and the data sets' owner may use them (RACF STORCLAS profiles). COPY passes them to the ACS routines with STORCLAS, which may override them: the site's storage class ACS routine must keep the class given for these data sets, or they get the class it assigns."], [])
    + ["None of the temporary names exists yet." + plan.hasNewMasterCatalog()?then(lib.newCatalogBefore(plan.masterCatalog), "") + underFinal?has_content?then(" The target volumes do not hold the names copied under their final names (job " + lib.memberOf("PF") + " looks for them).", "")]
  rc=["Every step 0. A COPY step may end with 4 (warning messages, for example for an empty data set): read its SYSPRINT. A step ending above 4 stops the job: the following steps are not run." + job.datasets?has_content?then(" VERIFY 12: a temporary name is missing (its LISTCAT in SYSPRINT ends with condition code 4); do not submit the next job.", "")]
  rerun=["Read the failing step's SYSPRINT. Delete the temporary data sets that step copied before it failed, then resubmit the job from that step with RESTART=stepname on the JOB statement (steps before it ended well and are not rerun)."]
    + underFinal?has_content?then(["A data set copied under its final name is cataloged only in the new master catalog: delete it there (IDCAMS DELETE name CATALOG(" + plan.masterCatalog.name + ")), never by its name alone, which finds this system's own data set. Should the delete be refused because this system has the name allocated, delete it from a system that has not."], [])
    + job.datasets?has_content?then(["After VERIFY ended with 12: compare each missing data set's source volumes (LISTCAT of its source name) with the plan, correct the descriptor and generate the jobs again; delete the temporary data sets this job copied before you submit the new one."], [])
  recovery={"*": "DELETE=* RESTART=*"} />
<#if plan.hasNewMasterCatalog()>
<@lib.newCatalogSteps plan.masterCatalog/>
</#if>
<#list groups as group>
<#assign step = "COPY" + (group?index + 1)?string("000")>
${jcl.exec(step, "PGM=ADRDSSU", "REGION=0M", "COND=(4,LT)")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#assign include = jcl.sourceNames(group.datasets)>
<#assign pairs = jcl.renamePairs(group.datasets)>
<#assign naming = group.underFinalNames()?then(" RECATALOG(" + plan.masterCatalog.name + ")", " RENAMEUNCONDITIONAL(" + pairs + ") CATALOG")>
<#assign input = group.sourceVolumes?map(v -> "(" + v + ")")?join(",")>
<#assign output = group.targetVolumes?map(v -> "(" + v + ")")?join(",")>
${jcl.dss("COPY DATASET(INCLUDE(" + include + ")) LOGINDYNAM(" + input + ")" + group.smsManaged()?then("", " OUTDYNAM(" + output + ")") + naming + " SPHERE" + group.bypassesAcs()?then(" BYPASSACS(**) NULLSTORCLAS", "") + (group.storclas()??)?then(" STORCLAS(" + (group.storclas()!"") + ")", "") + group.shares()?then(" SHARE", "") + group.toleratesEnqFailure()?then(" TOLERATE(ENQFAILURE)", "") + " ALLDATA(*) ALLEXCP")}
/*
</#list>
<#if job.datasets?has_content>
<@lib.verifyStep names=jcl.temporaryNames(job.datasets) cond="COND=(4,LT)" catalogs=jcl.catalogsOfCopiesUnderFinalNames(underFinal)/>
</#if>
