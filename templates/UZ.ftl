<#import "lib/jcl.ftl" as lib>
<#--
  UZ: extracts every data set of the portable software instance from its GIMZIP archive to the name
  it carries while the jobs run (TargetDataSet.temporaryName).

  GIMUNZIP (SMP/E Reference, "GIMUNZIP service routine", "GIMUNZIP package control tags", "<ARCHDEF>
  tag syntax", "Examples of using GIMUNZIP"): SMPDIR is the package directory (IZUD00DF.json,
  GIMPAF.XML, the archives); SMPWKDIR a work directory, here on a work zFS of its own so the
  extraction cannot fill a shared file system; SYSUT3/SYSUT4 work data sets as in IBM's example;
  PARM HASH=NO as z/OSMF runs it (HASH=YES would need ICSF or Java). One <ARCHDEF> per data set:
  archid names the archive, newname the data set to create, volume its volume when SMS does not
  manage it ("for a new sequential or partitioned data set to be allocated on a specific volume you
  must specify volume="). GIMUNZIP catalogs what it creates in the standard search order: with a new
  master catalog the temporary names, <tempcatalias>.<name>, are cataloged there through the
  temporary catalog alias. Only V2R1's attributes are written (z/OSMF's catalog="YES" is a later
  level's).
  New master catalog (plan.masterCatalog): this is the first job of a portable deployment, so it
  defines the catalog and the temporary catalog alias (lib newCatalogSteps) before anything is
  unzipped: the temporary names are cataloged through that alias, and RN and UC find the data sets in
  that catalog.
  Work zFS: its primary space is the largest data set the job unzips plus 25%, not the sum and not
  twice the largest (DeploymentPlan.workZfsCylinders, plan.ZfsSpace: GIMUNZIP expands one archive at a
  time); above 4 GB the plan has required an SMS storage class and a data class with extended
  addressability (plan.LargeZfsChecks), coded with the management class when given. Defined (lib defineZfs), formatted with zfsadm format (zFS Administration, "zfsadm
  format") and mounted with /usr/sbin/mount (UNIX System Services Command Reference, "mount"; mount
  authority: "A user must have UID(0) or have read access to the MOUNT resource in the UNIXPRIV class
  before file systems can be mounted or unmounted. The TSO MOUNT and UNMOUNT commands will perform
  privileged operations if the user has read access to the BPX.SUPERUSER resource": UNIX System
  Services Planning, "Privileged mount and unmount authority"), then
  unmounted and deleted whether or not the extraction worked. UNMOUNT and DELWORK name every step
  before them in their COND= tests (lib condAllEndedWell): a test of a bypassed step is false, so
  testing MOUNT alone would unmount a file system that was never mounted after an earlier failure.
-->
<#assign workZfs = plan.workZfs(job.member)>
<#assign workDir = plan.workDirectory(job.member)>
<#assign catalogSteps = plan.hasNewMasterCatalog()?then(lib.newCatalogStepNames(), [])>
<@lib.header
  what=plan.hasNewMasterCatalog()?then(lib.newCatalogWhat(plan.masterCatalog), []) + ["Steps DEFWORK and MOUNT define, format and mount the work zFS " + workZfs + " on " + workDir + ".",
    "Step UNZIP extracts the " + lib.count(job.datasets?size, "data set") + " from the package in " + plan.sourceDirectory + " with GIMUNZIP, each to its temporary name (the newname of its ARCHDEF).",
    "Step VERIFY lists every temporary name in the catalog with its volumes and ends with 12 when one is missing.",
    "Steps UNMOUNT and DELWORK unmount and delete the work zFS, also after a failed UNZIP."]
  before=["The package directory " + plan.sourceDirectory + " holds the portable software instance (IZUD00DF.json, GIMPAF.XML and the archives) and the submitting user can read it.",
    "None of the temporary names exists yet, and the target volumes are online." + plan.hasNewMasterCatalog()?then(lib.newCatalogBefore(plan.masterCatalog), ""),
    "The submitting user may define, format and mount a zFS (UPDATE to it), and has mount authority for the shell's mount and unmount: UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT. BPX.SUPERUSER is not enough: it makes only the TSO MOUNT and UNMOUNT commands privileged."]
  rc=["Every step 0; UNZIP may end with 4 (warnings, read SMPOUT). A step ending with any other code skips the steps after it, except that UNMOUNT and DELWORK still run after UNZIP or VERIFY failed, and DELWORK after MOUNT failed, so the work zFS is not left behind. VERIFY 12: a temporary name is missing (its LISTCAT in SYSPRINT ends with condition code 4); do not submit the next job."]
  rerun=["Read SMPOUT of UNZIP. Delete the data sets it created before it failed (their names are in SMPOUT), correct the cause and submit the job again" + plan.hasNewMasterCatalog()?then(" with RESTART=DEFWORK on the JOB statement (DEFCAT and DEFALIAS ended well and are not rerun; after a failure in one of them, correct the cause and restart from that step)", "") + ": DEFWORK deletes a work zFS an earlier run left behind.",
    "After a failure in UNMOUNT, the target data sets are complete: unmount the work zFS by hand (/usr/sbin/unmount -f name), then resubmit with RESTART=DELWORK, which deletes it."]
  recovery=plan.hasNewMasterCatalog()?then({"DEFCAT": "RESTART=*", "DEFALIAS": "RESTART=*"}, {}) + {"UNMOUNT": "UNMOUNT RESTART=DELWORK", "*": "DELETE=UNZIP " + plan.hasNewMasterCatalog()?then("RESTART=DEFWORK", "RESUBMIT")} />
<#if plan.hasNewMasterCatalog()>
<@lib.newCatalogSteps plan.masterCatalog/>
</#if>
${jcl.exec("DEFWORK", "PGM=IDCAMS", plan.hasNewMasterCatalog()?then("COND=(0,NE)", ""))}
<@lib.sysout "SYSPRINT"/>
<#-- SYMBOLS=JCLONLY: the work data set name may hold &SYSUID (MVS JCL Reference, "Using symbols in JES in-stream data"). -->
${jcl.dd("SYSIN", "*", "SYMBOLS=JCLONLY")}
${jcl.idcams("DELETE " + workZfs + " CLUSTER")}
${jcl.idcams("SET MAXCC = 0")}
<@lib.defineZfs name=workZfs space="CYLINDERS(" + plan.workZfsCylinders() + " " + (plan.workZfsCylinders() / 2)?int + ")"
  volumes=plan.work.volume???then([plan.work.volume], []) storclas=plan.work.storclas!"" dataclas=plan.work.dataclas!"" mgmtclas=plan.work.mgmtclas!""/>
/*
<@lib.shell step="MOUNT" cond="COND=(0,NE)" commands=[
  "zfsadm format -aggregate " + lib.dsnWord(workZfs) + ";",
  "mkdir -p " + workDir + ";",
  "/usr/sbin/mount -t ZFS -f " + lib.dsnWord(workZfs) + " " + workDir]/>
${jcl.exec("UNZIP", "PGM=GIMUNZIP", "PARM='HASH=NO'", "REGION=0M", "COND=(0,NE)")}
${jcl.dd("SMPDIR", "PATH=" + jcl.quote(plan.sourceDirectory + "/"), "PATHDISP=KEEP")}
${jcl.dd("SMPWKDIR", "PATH=" + jcl.quote(workDir + "/"))}
<@lib.sysout "SMPOUT" "SYSPRINT"/>
${jcl.dd("SYSUT3", "UNIT=SYSALLDA", "SPACE=(CYL,(50,10))")}
${jcl.dd("SYSUT4", "UNIT=SYSALLDA", "SPACE=(CYL,(25,5))")}
${jcl.dd("SYSIN", "*")}
${jcl.xmlStart("GIMUNZIP")}
<#list job.datasets as ds>
${jcl.xml("ARCHDEF", "archid", ds.archid, "newname", ds.temporaryName, "volume", ds.isSmsManaged()?then("", ds.volumes[0]!""))}
</#list>
${jcl.xmlEnd("GIMUNZIP")}
/*
<#--
  VERIFY runs only when every step before it ended with 0 and UNZIP with 4 at most; it names each earlier
  step, because a test of a bypassed step is false (lib condAllEndedWell): after a failed MOUNT, UNZIP is
  bypassed and only the test of MOUNT stops VERIFY. VERIFY is in no cleanup step's COND= test: the work
  zFS is unmounted and deleted whatever it finds.
-->
<@lib.verifyStep names=job.datasets?map(ds -> ds.temporaryName) cond="COND=(" + (catalogSteps + ["DEFWORK", "MOUNT"])?map(s -> "(0,NE," + s + ")")?join(",") + ",(4,LT,UNZIP))"/>
<@lib.shell step="UNMOUNT" cond=lib.condAllEndedWell(catalogSteps + ["DEFWORK", "MOUNT"]) commands=["/usr/sbin/unmount -f " + lib.dsnWord(workZfs)]/>
<#-- Not after a failed DEFWORK (nothing defined) nor a failed UNMOUNT (still mounted); after a failed MOUNT, UNMOUNT is bypassed and its test is false, so the unmounted work zFS is deleted. -->
${jcl.exec("DELWORK", "PGM=IDCAMS", lib.condAllEndedWell(catalogSteps + ["DEFWORK", "UNMOUNT"]))}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*", "SYMBOLS=JCLONLY")}
${jcl.idcams("DELETE " + workZfs + " CLUSTER")}
/*
