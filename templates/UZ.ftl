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
  SETCLASS (only when a v2 request's storclas actions select data sets of the package, plan.ClassMove):
  GIMUNZIP's ARCHDEF has no storage class attribute, so GIMUNZIP allocates those temporary names through
  the ACS routines without the class; DFSMSdss COPY ... DELETE STORCLAS(sc) then moves each under its own
  name, passing the class to the ACS routines as the copy job of a swi does (DFSMSdss Storage
  Administration, "Moving SMS-managed data sets", "STORCLAS", "Changing storage class with Copy":
  "Using STORCLAS does not guarantee that the data set is assigned the storage class you specify";
  "Moving VSAM data sets": DELETE, RENAMEUNCONDITIONAL or RECATALOG; no CATALOG keyword: cataloging is
  "the default for VSAM, multivolume data sets, and SMS-managed data sets", and CATALOG without
  RENAMEUNCONDITIONAL or UNCATALOG gives ADR385E, "CATALOG"). No LOGINDYNAM: the data sets are found
  through the catalog.
-->
<#assign workZfs = plan.workZfs(job.member)>
<#assign workDir = plan.workDirectory(job.member)>
<#assign catalogSteps = plan.hasNewMasterCatalog()?then(lib.newCatalogStepNames(), [])>
<#assign moves = plan.classMoves(job.datasets)>
<#assign unzipEndedWell = (catalogSteps + ["DEFWORK", "MOUNT"])?map(s -> "(0,NE," + s + ")")?join(",") + ",(4,LT,UNZIP)">
<@lib.header
  what=plan.hasNewMasterCatalog()?then(lib.newCatalogWhat(plan.masterCatalog), []) + ["Steps DEFWORK and MOUNT define, format and mount the work zFS " + workZfs + " on " + workDir + ".",
    "Step UNZIP extracts the " + lib.count(job.datasets?size, "data set") + " from the package in " + plan.sourceDirectory + " with GIMUNZIP, each to its temporary name (the newname of its ARCHDEF)."
    ] + moves?has_content?then(["Step SETCLASS moves the " + lib.count(job.datasets?filter(ds -> ds.storclasAssigned())?size, "data set") + " the request gives a storage class (" + plan.assignedStorageClasses()?join(", ") + ") with DFSMSdss COPY DELETE STORCLAS, under their temporary names: GIMUNZIP cannot set a class, COPY passes it to the ACS routines."], []) + [
    "Step VERIFY lists every temporary name in the catalog with its volumes and ends with 12 when one is missing.",
    "Steps UNMOUNT and DELWORK unmount and delete the work zFS, also after a failed UNZIP."]
  before=["The package directory " + plan.sourceDirectory + " holds the portable software instance (IZUD00DF.json, GIMPAF.XML and the archives) and the submitting user can read it.",
    "None of the temporary names exists yet, and the target volumes are online." + plan.hasNewMasterCatalog()?then(lib.newCatalogBefore(plan.masterCatalog), "")
    ] + moves?has_content?then(["The storage classes the request gives (" + plan.assignedStorageClasses()?join(", ") + ") are defined and the data sets' owner may use them (RACF STORCLAS profiles); the site's storage class ACS routine must keep the class given, or the data sets get the class it assigns."], []) + [
    "The submitting user may define, format and mount a zFS (UPDATE to it), and has mount authority for the shell's mount and unmount: UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT. BPX.SUPERUSER is not enough: it makes only the TSO MOUNT and UNMOUNT commands privileged."]
  rc=["Every step 0; UNZIP" + moves?has_content?then(" and SETCLASS", "") + " may end with 4 (warnings, read SMPOUT" + moves?has_content?then(" and SYSPRINT", "") + "). A step ending with any other code skips the steps after it, except that UNMOUNT and DELWORK still run after UNZIP or VERIFY failed, and DELWORK after MOUNT failed, so the work zFS is not left behind. VERIFY 12: a temporary name is missing (its LISTCAT in SYSPRINT ends with condition code 4); do not submit the next job."]
  rerun=["Read SMPOUT of UNZIP" + moves?has_content?then(" (or SYSPRINT of SETCLASS)", "") + ". Delete the data sets it created before it failed (their names are in SMPOUT" + moves?has_content?then("; after a failed SETCLASS, every temporary name of the ARCHDEFs", "") + "), correct the cause and submit the job again" + plan.hasNewMasterCatalog()?then(" with RESTART=DEFWORK on the JOB statement (DEFCAT and DEFALIAS ended well and are not rerun; after a failure in one of them, correct the cause and restart from that step)", "") + ": DEFWORK deletes a work zFS an earlier run left behind.",
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
<#if moves?has_content>
${jcl.exec("SETCLASS", "PGM=ADRDSSU", "REGION=0M", "COND=(" + unzipEndedWell + ")")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#list moves as move>
${jcl.dss("COPY DATASET(INCLUDE(" + move.datasets?map(ds -> ds.temporaryName)?join(" ") + ")) DELETE STORCLAS(" + move.storclas + ") SPHERE ALLDATA(*) ALLEXCP")}
</#list>
/*
</#if>
<#--
  VERIFY runs only when every step before it ended with 0 and UNZIP with 4 at most; it names each earlier
  step, because a test of a bypassed step is false (lib condAllEndedWell): after a failed MOUNT, UNZIP is
  bypassed and only the test of MOUNT stops VERIFY. VERIFY is in no cleanup step's COND= test: the work
  zFS is unmounted and deleted whatever it finds.
-->
<@lib.verifyStep names=jcl.temporaryNames(job.datasets) cond="COND=(" + unzipEndedWell + moves?has_content?then(",(4,LT,SETCLASS)", "") + ")"/>
<@lib.shell step="UNMOUNT" cond=lib.condAllEndedWell(catalogSteps + ["DEFWORK", "MOUNT"]) commands=["/usr/sbin/unmount -f " + lib.dsnWord(workZfs)]/>
<#-- Not after a failed DEFWORK (nothing defined) nor a failed UNMOUNT (still mounted); after a failed MOUNT, UNMOUNT is bypassed and its test is false, so the unmounted work zFS is deleted. -->
${jcl.exec("DELWORK", "PGM=IDCAMS", lib.condAllEndedWell(catalogSteps + ["DEFWORK", "UNMOUNT"]))}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*", "SYMBOLS=JCLONLY")}
${jcl.idcams("DELETE " + workZfs + " CLUSTER")}
/*
