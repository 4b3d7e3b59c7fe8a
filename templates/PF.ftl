<#import "lib/jcl.ftl" as lib>
<#--
  PF: the pre-flight job, submitted before every other job. It changes nothing: it reads catalogs,
  VTOCs and RACF profiles, so it can be submitted any number of times.

  CATALOG (IDCAMS): what the jobs define must not exist yet. LISTCAT of an entry that is not there
  ends with condition code 4 (AMS, "Condition codes": "The system was unable to locate an entry in a
  LISTCAT command"); an entry found (0) is turned into 12 with SET LASTCC, which also raises MAXCC ("If
  the value of LASTCC is greater than MAXCC, MAXCC is set equal to the larger value": AMS, "SET
  command"), and processing goes on (only 16 ends it), so one run reports every name found. With a new
  master catalog: the catalog name and the temporary catalog alias (a name that is anything else, not
  only a catalog or an alias, stops DEFCAT or DEFALIAS of the copy job), and no data set cataloged
  under the alias' name as a high-level qualifier (LISTCAT LEVEL: the alias would hide it). Into the
  existing catalog: none of the names the jobs catalog (final and temporary names).

  VTOCS (DFSMSdss DUMP with TYPRUN=NORUN): "DFSMSdss lets you find out which data sets are selected
  by the filtering process without actually performing the requested operations ... by specifying
  TYPRUN=NORUN on the JCL EXEC PARM field" (DFSMSdss Storage Administration, "DFSMSdss filtering";
  message ADR109I: "Data set DUMP and RESTORE only do data set filtering and not DUMP or RESTORE
  functions"). INCLUDE names every name the jobs create on a volume zdeploy chose (at most 255 a
  command: "FILTERDD"), LOGINDYNAM the target volumes, so the names are looked for in those volumes'
  VTOCs, not in the catalogs: a name already there makes the copy, unzip or rename fail (DFSMSdfp
  Advanced Services, "Status codes from RENAME"). The return code does not tell whether a data set was
  selected (a name not found is also reported), so the comment box says what SYSPRINT must show.
  OUTDDNAME names a DUMMY data set: nothing is written with NORUN.

  SPACE (IEHLIST LISTVTOC, edited form: DFSMSdfp Utilities, "LISTVTOC statement"): the VTOC of each
  target volume with its free space, to compare with the tracks the plan puts there (listed in the
  comment box). One DD statement per volume makes it mounted ("IEHLIST ... anyname DD UNIT=,VOL=SER=").

  RACFLIST (TSO/E batch, IKJEFT01 as IBM's and Zowe's RACF listing jobs run it, every command run
  whatever the one before it ended with): LISTDSD ... GENERIC lists the profile that protects a name,
  and RLIST the FACILITY profiles (RACF Command Language Reference, "LISTDSD", "RLIST"); the "YOUR
  ACCESS" each must show is in the comment box. Their return codes do not tell the access a user has,
  so nothing is compared in the job. STGADMIN profiles: "Users must have read access to the specific
  profile in order to use the protected functions. If these profiles are not defined, other RACF
  checking is still made" (DFSMSdfp Storage Administration, "Storage Administration (STGADMIN)
  profiles in the FACILITY class"). ALTER access to this system's master catalog (DEFCAT and
  DEFALIAS define entries in it) is not listed: its name is this system's, not the deployment's.
-->
<#assign mcat = plan.masterCatalog!>
<#assign names = plan.namesOnTargetVolumes()>
<#assign volumes = plan.chosenTargetVolumes()>
<#assign catalogNames = plan.hasNewMasterCatalog()?then([mcat.name, mcat.tempcatalias],
    job.datasets?map(ds -> ds.name) + job.datasets?filter(ds -> ds.needsRename())?map(ds -> ds.temporaryName))>
<#assign hlqSamples = plan.highLevelQualifiers?map(hlq -> job.datasets?filter(ds -> ds.name?keep_before(".") == hlq))?filter(dss -> dss?has_content)?map(dss -> dss?first.name)>
<#assign racf = (plan.hasNewMasterCatalog() && job.datasets?has_content)?then(["LISTDSD DATASET('" + job.datasets?first.temporaryName + "') GENERIC"], [])
  + hlqSamples?map(sample -> "LISTDSD DATASET('" + sample + "') GENERIC")
  + plan.namesCatalogOfSmsManagedDataSets()?then(["RLIST FACILITY STGADMIN.IGG.DIRCAT GENERIC"], [])
  + (!plan.isPortable() && job.datasets?has_content)?then(["RLIST FACILITY STGADMIN.ADR.COPY.TOLERATE.ENQF GENERIC"], [])
  + plan.isPortable()?then(["RLIST UNIXPRIV SUPERUSER.FILESYS.MOUNT GENERIC"], [])>
<#assign checksCatalog = plan.hasNewMasterCatalog() || catalogNames?has_content>
<@lib.header
  what=["Changes nothing: it checks, before anything is created, what the other jobs rely on. Every step runs, whatever the others ended with."]
    + checksCatalog?then([plan.hasNewMasterCatalog()?then("Step CATALOG checks that the new master catalog " + mcat.name + " and the temporary catalog alias " + mcat.tempcatalias + " are not defined, and that no data set is cataloged with the high-level qualifier " + mcat.tempcatalias + ".",
      "Step CATALOG checks that none of the " + catalogNames?size + " names the jobs catalog is cataloged yet.")
      + " Each name found is listed in SYSPRINT and makes the step end with 12."], [])
    + names?has_content?then(["Step VTOCS looks for the " + names?size + " names the jobs create (temporary and final names) in the VTOCs of the target volumes " + volumes?join(", ") + ", with DFSMSdss in TYPRUN=NORUN mode: data set selection only, nothing is dumped."], [])
    + volumes?has_content?then(["Step SPACE lists the VTOC of each target volume with IEHLIST, its free space at the end. The plan puts there: " + plan.volumeUsage?filter(u -> volumes?seq_contains(u.volume))?map(u -> u.volume + " " + u.tracks?c + " tracks")?join(", ") + "."], [])
    + racf?has_content?then(["Step RACFLIST lists the RACF profiles that give the submitting user the authorities the jobs need."], [])
    + (checksCatalog || names?has_content || racf?has_content)?then([], ["There is nothing to check: step NOCHECK runs IEFBR14, which does nothing."])
  before=["The security administrator has run " + lib.memberOf("RA") + " (or granted the same authorities).",
    "Submit it as the user who will submit the other jobs: the RACF listings show that user's access."]
  rc=checksCatalog?then(["CATALOG: 0 or 4: no name found. 12: a name listed in SYSPRINT exists: it is not this deployment's, or an earlier attempt left it; remove it (or choose another name) before going on. 8: a LISTCAT failed; read SYSPRINT."], [])
    + names?has_content?then(["VTOCS: its return code does not say whether a name was found. Read SYSPRINT: the data sets DFSMSdss lists as selected (not the names reported as not found) already exist on a target volume, and each must be removed or renamed before the copy. Expected: none selected."], [])
    + volumes?has_content?then(["SPACE: 0. At the end of each volume's listing IEHLIST reports its free space: it must hold at least the tracks named above for that volume (in a few extents: DFSMSdss and GIMUNZIP allocate each data set in at most a few extents)."], [])
    + racf?has_content?then(["RACFLIST: read SYSTSPRT. Each LISTDSD must show YOUR ACCESS ALTER: the jobs create, rename and catalog data sets under these names. Each RLIST must show YOUR ACCESS READ (or the profile must not exist: then the function is not protected by it). A command that ends with NOT AUTHORIZED or no profile found means the security administrator has to look at it before the jobs run."], [])
    + (checksCatalog || names?has_content || racf?has_content)?then([], ["NOCHECK: 0."])
  rerun=["Correct what it found and submit it again: it changes nothing."]
  recovery={"*": "RESUBMIT"} />
<#if checksCatalog>
${jcl.exec("CATALOG", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#if plan.hasNewMasterCatalog()>
<@lib.absent "LISTCAT ENTRIES(" + mcat.name + ")"/>
<@lib.absent "LISTCAT ENTRIES(" + mcat.tempcatalias + ")"/>
<@lib.absent "LISTCAT LEVEL(" + mcat.tempcatalias + ")"/>
<#else>
<#list catalogNames as name>
<@lib.absent "LISTCAT ENTRIES(" + name + ")"/>
</#list>
</#if>
/*
</#if>
<#if names?has_content>
${jcl.exec("VTOCS", "PGM=ADRDSSU", "PARM='TYPRUN=NORUN'", "REGION=0M")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("NOOUTPUT", "DUMMY")}
${jcl.dd("SYSIN", "*")}
<#list names?chunk(255) as chunk>
${jcl.dss("DUMP DATASET(INCLUDE(" + chunk?join(" ") + ")) LOGINDYNAM(" + volumes?map(v -> "(" + v + ")")?join(",") + ") OUTDDNAME(NOOUTPUT)")}
</#list>
/*
</#if>
<#if volumes?has_content>
${jcl.exec("SPACE", "PGM=IEHLIST")}
<@lib.sysout "SYSPRINT"/>
<#list volumes as volume>
${jcl.dd("VOL" + (volume?index + 1)?c, "UNIT=3390", "VOL=SER=" + volume, "DISP=OLD")}
</#list>
${jcl.dd("SYSIN", "*")}
<#list volumes as volume>
${jcl.iehlist("LISTVTOC VOL=3390=" + volume)}
</#list>
/*
</#if>
<#if racf?has_content>
${jcl.exec("RACFLIST", "PGM=IKJEFT01")}
<@lib.sysout "SYSTSPRT"/>
${jcl.dd("SYSTSIN", "*")}
<#list racf as command>
${jcl.tso(command)}
</#list>
/*
</#if>
<#if !(checksCatalog || names?has_content || racf?has_content)>
${jcl.exec("NOCHECK", "PGM=IEFBR14")}
</#if>
