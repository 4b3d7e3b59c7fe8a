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

  VTOCS (DFSMSdss DUMP with TYPRUN=NORUN, decided by its return code; issue 10, major 11): a name
  already in a target volume's VTOC makes the copy, the unzip or the rename fail (DFSMSdfp Advanced
  Services, "Status codes from RENAME": duplicate name on the volume), so each one the jobs create there,
  temporary and final (a temporary name left by an earlier attempt is found too: PF runs before anything
  is copied), is looked for and the job fails before CP or UZ runs. "DFSMSdss lets you find out which
  data sets are selected by the filtering process without actually performing the requested operations
  ... by specifying TYPRUN=NORUN on the JCL EXEC PARM field" (DFSMSdss Storage Administration,
  "DFSMSdss filtering"; ADR109I: "Data set DUMP and RESTORE only do data set filtering and not DUMP or
  RESTORE functions"); LOGINDYNAM names the target volumes the plan puts that name's data set on
  (plan.VtocCheck: only there does an old data set stop the copy or the rename; PF then grows with the
  data sets, not with data sets times volumes), so the names are looked for in their VTOCs, not in the
  catalogs ("Logical processing": "If you specify input volumes using the LOGINDDNAME, LOGINDYNAM, or
  STORGRP keywords ... DFSMSdss uses VTOCs to select data sets"); SELECTMULTI(ANY) also selects an old
  cataloged multivolume data set that is only partly on those volumes ("LOGINDYNAM": "any part of the
  non-VSAM data set or VSAM base cluster can be on a volume in the volume list"; the default, ALL,
  would skip it). One DUMP per name, each followed by IF LASTCC = 0 THEN SET MAXCC=12: DFSMSdss's
  own command sequence ("IF-THEN-ELSE command sequence for DFSMSdss": "LASTCC specifies a comparison to
  the last condition code"; "SET command": it sets LASTCC or MAXCC "to any value from 0 to 16 ... the
  final maximum condition code is passed to the MVS system"). The stricter reading of the return code:
  a DUMP whose only name is selected completes without a warning (0), so 0 means "on a target volume"
  and the step ends with 12; a fully qualified name not selected is reported (ADR383W, a warning: 4).
  Should DFSMSdss end 0 for a name it does not find, every name would be reported found (12, loud),
  never the reverse; SYSPRINT tells which (manual-syntax 2.5). OUTDDNAME names a DUMMY data set:
  nothing is written with NORUN. SMS-managed targets have no volume of their own: SMS data sets are
  cataloged, so step CATALOG looks for their final names instead (see there).
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
    jcl.catalogedNames(job.datasets))>
<#assign smsFinalNames = plan.hasNewMasterCatalog()?then(plan.smsManagedFinalNamesToCheck(), [])>
<#assign smsSameNames = (plan.hasNewMasterCatalog() && !plan.isPortable())?then(jcl.smsManagedKeepingNames(job.datasets), [])>
<#assign hlqSamples = jcl.firstNamePerQualifier(plan.highLevelQualifiers, job.datasets)>
<#assign racf = (plan.hasNewMasterCatalog() && job.datasets?has_content)?then(["LISTDSD DATASET('" + job.datasets?first.temporaryName + "') GENERIC"], [])
  + hlqSamples?map(sample -> "LISTDSD DATASET('" + sample + "') GENERIC")
  + plan.namesCatalogOfSmsManagedDataSets()?then(["RLIST FACILITY STGADMIN.IGG.DIRCAT GENERIC"], [])
  + (!plan.isPortable() && job.datasets?has_content)?then(["RLIST FACILITY STGADMIN.ADR.COPY.TOLERATE.ENQF GENERIC"], [])
  + plan.isPortable()?then(["RLIST UNIXPRIV SUPERUSER.FILESYS.MOUNT GENERIC"], [])>
<#assign checksCatalog = plan.hasNewMasterCatalog() || catalogNames?has_content>
<@lib.header
  what=["Changes nothing: it checks, before anything is created, what the other jobs rely on. Every step runs, whatever the others ended with."]
    + checksCatalog?then([plan.hasNewMasterCatalog()?then("Step CATALOG checks that the new master catalog " + mcat.name + " and the temporary catalog alias " + mcat.tempcatalias + " are not defined, and that no data set is cataloged with the high-level qualifier " + mcat.tempcatalias + "."
        + smsFinalNames?has_content?then(" It also looks for the final names of the " + smsFinalNames?size + " SMS-managed data sets whose names are new on this system: SMS picks their volumes, and an SMS-managed data set is always cataloged, so a data set with such a name found here may be on the volume SMS picks for the copy.", ""),
      "Step CATALOG checks that none of the " + catalogNames?size + " names the jobs catalog is cataloged yet.")
      + " Each name found is listed in SYSPRINT and makes the step end with 12."], [])
    + names?has_content?then([jcl.paragraph("Step VTOCS looks for each of the " + names?size + " names the jobs create (temporary and final names) in the VTOCs of the target volumes the plan puts it on (of ", volumes, ", ", "), with DFSMSdss in TYPRUN=NORUN mode (data set selection only, nothing is dumped): a name found makes the step end with 12, before anything is copied.")], [])
    + smsSameNames?has_content?then([jcl.paragraph("Not checked: " + smsSameNames?size + " SMS-managed data sets keep their source's names (", jcl.names(smsSameNames), ", ", "). SMS may put a copy on the volume that holds its source, and then the rename job cannot give it its final name there (duplicate name on the volume). Make sure their storage class leads SMS to a storage group without the source volumes.")], [])
    + volumes?has_content?then([jcl.paragraph("Step SPACE lists the VTOC of each target volume with IEHLIST, its free space at the end. The plan puts there: ", jcl.tracksOn(plan.volumeUsage, volumes), ", ", ".")], [])
    + racf?has_content?then(["Step RACFLIST lists the RACF profiles that give the submitting user the authorities the jobs need."], [])
    + (checksCatalog || names?has_content || racf?has_content)?then([], ["There is nothing to check: step NOCHECK runs IEFBR14, which does nothing."])
  before=["The security administrator has run " + lib.memberOf("RA") + " (or granted the same authorities).",
    "Submit it as the user who will submit the other jobs: the RACF listings show that user's access."]
  rc=checksCatalog?then(["CATALOG: 0 or 4: no name found. 12: a name listed in SYSPRINT exists: it is not this deployment's, or an earlier attempt left it; remove it (or choose another name) before going on. 8: a LISTCAT failed; read SYSPRINT."], [])
    + names?has_content?then(["VTOCS: 4 (each name reported not selected, ADR383W): no name found. 12: a DUMP selected its name: that data set already exists on a target volume (SYSPRINT lists it under the DUMP command) and must be removed or renamed before the copy, or it is left from an earlier attempt. 8: a DUMP failed (a volume not online, for example); read SYSPRINT. Should every DUMP report its name as not selected and the step still end with 12, DFSMSdss ends 0 for a name it does not find on this system: then read SYSPRINT instead, as for 12."], [])
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
<@jcl.write.absentListcats names=smsFinalNames/><#t>
<#else>
<@jcl.write.absentListcats names=catalogNames/><#t>
</#if>
/*
</#if>
<#if names?has_content>
${jcl.exec("VTOCS", "PGM=ADRDSSU", "PARM='TYPRUN=NORUN'", "REGION=0M")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("NOOUTPUT", "DUMMY")}
${jcl.dd("SYSIN", "*")}
<@jcl.write.vtocChecks checks=plan.vtocChecks()/><#t>
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
