<#import "lib/jcl.ftl" as lib>
<#--
  RN: gives every data set its final name in the target catalog, then the catalog entries the plan
  asks for. One IDCAMS step; every unit is guarded and rerunnable (see lib/jcl.ftl: rename,
  renameIfPresent, verdict), and a failed unit sets MAXCC 16, which ends the step.

  - Rename: AMS "ALTER" NEWNAME with CATALOG(the target catalog): the entry is looked for, and
    renamed, in that catalog, whatever catalog the new name would be found in through the driving
    system's aliases (the technique of system cloning: ALTER <alias>.<dsn> NEWNAME(<dsn>)
    CATALOG(<new mcat>)). ALTER renames one entry: a VSAM cluster's data and index components are
    renamed one by one (AMS "ALTER", Example 8). IDCAMS cannot rename what a LISTCAT lists, so the job
    looks for every name a component of the temporary cluster can carry by a documented rule and renames
    each that LISTCAT finds (TargetDataSet.componentRenames: VSAM's names for a cluster defined without
    component names, DFSMS Using Data Sets "Naming a Cluster": .DATA/.INDEX up to 38 characters, .D/.I
    for 39 to 42, CLUSTER replaced by DATA/INDEX; and the .DATA/.INDEX DFSMSdss "might append"). A
    component named otherwise (VSAM makes a name up for a cluster name over 42 characters) keeps its name
    and still works (the cluster is opened by its own name); the verification job lists each renamed
    cluster with its components (LISTCAT ALL) and fails when a name the rules give is left.
    No generic ALTER (<tmp>.* NEWNAME(<final>.*)): the generic NEWNAME examples IBM gives (AMS "ALTER"
    Examples 3 and 8, Db2 "Renaming system data sets with the new qualifier") keep the * in the same
    place in both names, and nothing documents the form in which the temporary catalog alias adds a
    qualifier; it would also rename every other entry matching the generic name.
  - Indirect catalog entries (MVS Initialization and Tuning Guide, "Indirect volume serial
    support"; AMS "DEFINE NONVSAM": DEVICETYPES(0000) with VOLUMES(******) or a system symbol):
    the entry the rename left (with the real volume serial) is deleted without scratching the data
    set (AMS "DELETE" NOSCRATCH) and defined again with the symbol. The rename accepts finding neither
    name (lib renameIfPresent), the DELETE runs only when LISTCAT finds the entry (lib
    deleteIfPresent) and the DEFINE runs either way: a run that deleted the entry and failed in the
    DEFINE is rerun through every unit (before this, its rename unit found neither name and failed
    the rerun for good). No SYMBOLS= is coded on SYSIN, so the symbol reaches IDCAMS as written and is
    resolved when the system locates the data set.
  - Names the driving system holds: the rename of a non-VSAM data set renames its format-1 DSCB, which
    DFSMSdfp refuses when the new name is allocated to another address space (DFSMSdfp Advanced Services,
    "Renaming a Data Set That Might be in Use"). So no data set is renamed to a name it shares with its
    source (SYS1.LINKLIB): CP copies a non-VSAM, non-SMS one under that name and catalogs it in the new
    catalog itself (TargetDataSet.copiedUnderFinalName, DFSMSdss COPY RECATALOG; see CP.ftl), and this job
    only defines its alias (and, for an indirect entry, replaces the entry COPY made with the indirect
    one: DELETE NOSCRATCH removes the catalog entry only, AMS "DELETE"). What is still renamed to a name
    the driving system may hold (DeploymentPlan.finalNamesPossiblyAllocated: SMS-managed ones, which
    DFSMSdss always catalogs in the standard search order and for which "RECATALOG is ignored"; names a
    rename rule maps to SYS1; unzipped SYS1 data sets) is named in the comment box, which says to submit
    the job where they are not allocated; the unit fails (MAXCC 16) rather than renaming anything half,
    and a rerun finds the data sets already renamed.
  - SMS-managed data sets: every command names the target catalog, which for an SMS-managed data set
    needs READ to FACILITY class STGADMIN.IGG.DIRCAT (AMS, "Order of catalog use": "the catalog name
    cannot be specified for SMS-managed data sets unless you have authority from the RACF
    STGADMIN.IGG.DIRCAT FACILITY class"); the comment box says so when the plan has one
    (DeploymentPlan.namesCatalogOfSmsManagedDataSets).
  - Data set aliases (AMS "DEFINE ALIAS": an alias of a non-VSAM data set, defined in the target
    catalog): <tempcatalias>.<name> relates to the final name, so the driving system, whose
    catalog reaches the new catalog only through the temporary catalog alias, still finds every
    non-VSAM target by name. Its temporary name being that alias after the rename, such a data set
    is renamed by lib renameUnlessRenamed, which a rerun does not trip over.
  - CSI paths (AMS "DEFINE PATH": PATHENTRY names "the cluster" when the path has no alternate index,
    and "You can define the path as though it were an alias for the cluster"): <tempcatalias>.<csi>
    over the renamed CSI cluster, in the target catalog, ending with CSI as SMP/E requires (SMP/E
    Reference, "SMPCSI": "The low-level qualifier of the data set name must be CSI"). It is the only
    name by which UC and VF reach the target CSIs: on the driving system it resolves through the
    temporary catalog alias to the new catalog, never to a source CSI (see JobType). The path is
    looked for by name without an entry type (a LISTCAT with a type does not list an entry of another
    type, and its condition code then is not documented: docs/manual-syntax.md 1.7).
-->
<#assign counts = jcl.counts(job.datasets)>
<#assign renamed = counts.renamed>
<#assign entries = counts.withCatalogEntries>
<#assign held = plan.finalNamesPossiblyAllocated()>
<#assign underFinal = counts.copiedUnderFinalNames>
<@lib.header
  what=[(renamed > 0)?then("Renames the " + lib.count(renamed, "data set") + " that " + (renamed == 1)?then("carries a temporary name to its final name", "carry a temporary name to their final names") + plan.hasNewMasterCatalog()?then(" in the new master catalog " + plan.masterCatalog.name, "") + ", VSAM data and index components included.",
      "No data set carries a temporary name (each was created under its final name): nothing is renamed.")]
    + (underFinal > 0)?then([lib.count(underFinal, "data set") + " " + (underFinal == 1)?then("was", "were") + " copied under " + (underFinal == 1)?then("its final name", "their final names") + " by job " + lib.memberOf("CP") + " and cataloged in the new master catalog there: " + (underFinal == 1)?then("it is", "they are") + " not renamed (this system may have those names allocated, and a data set cannot be renamed to an allocated name)."], [])
    + [
    (entries > 0)?then((renamed > 0)?then("Then defines", "Defines") + " the indirect catalog entries, the data set aliases and the paths over the CSIs the plan asks for.",
      "The plan asks for no indirect catalog entry, no data set alias and no path" + (renamed > 0)?then(".", ": the job has nothing to do."))]
  before=["Every earlier job ended well: the data sets exist under their temporary names.",
    "No job or user has the data sets open: a data set in use cannot be renamed."]
    + held?has_content?then(["The final names of " + lib.count(held?size, "data set") + " are names this system may have allocated (" + held[0..*6]?join(", ") + (held?size > 6)?then(", and " + (held?size - 6) + " more", "") + "). ALTER cannot rename a data set to a name allocated to another address space of the system or of the scope of the SYSDSN enqueue (DFSMSdfp Advanced Services, \"Renaming a data set that might be in use\"). Submit this job on a system that has none of them allocated (not one running from them, and outside the scope of its SYSDSN enqueue), or it ends with 16 at the first one in use; it can then be submitted again as it is."], [])
    + plan.namesCatalogOfSmsManagedDataSets()?then(["Some of the data sets are SMS-managed and the commands name the catalog that holds them: the submitting user needs READ access to FACILITY class profile STGADMIN.IGG.DIRCAT."], [])
  rc=["0: every data set has its final name and every entry is defined. 16: a unit failed and the step stopped there; SYSPRINT shows the last command run and its messages."]
  rerun=["Correct the cause and submit the job again as it is: a data set already renamed is recognised by its final name and left alone, a VSAM component is renamed only when found under its temporary name, aliases and paths already defined are kept, and indirect entries are defined again, also after a run that deleted an entry and failed before defining it again."]
  recovery={"*": "RESUBMIT"} />
${jcl.exec("RENAME", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<@jcl.write.renameUnits plan=plan datasets=job.datasets/><#t>
/*
