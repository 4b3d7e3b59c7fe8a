<#import "lib/jcl.ftl" as lib>
<#--
  ZF: the zFS data sets whose archive holds a directory tree (descriptor version 9 and later): each
  is defined under its temporary name, formatted, mounted on a temporary mount point, filled by
  GIMUNZIP from its archive, and unmounted. The site mounts it at its final mount point after the
  deployment (BPXPRMxx or its automount policy).
  IDCAMS DEFINE CLUSTER LINEAR (lib defineZfs); zfsadm format and /usr/sbin/mount, unmount as in UZ
  (mount authority: UID 0 or READ to UNIXPRIV SUPERUSER.FILESYS.MOUNT, see UZ.ftl);
  GIMUNZIP <ARCHDEF> of a directory archive: newname is the directory to extract into,
  preserveid="YES" keeps the files' owner and group, replace="YES" replaces files that exist
  (SMP/E Reference, "<ARCHDEF> tag syntax", "Examples of using GIMUNZIP").
  Work zFS: "GIMUNZIP uses the UNIX System Services pax command to expand ... from an archive file
  temporarily into a UNIX file system" (SMP/E Reference, "GIMUNZIP processing"), in a directory it
  makes in SMPWKDIR (APAR IO19616: "they attempt a MKDIR to create the work directory in SMPWKDIR",
  e.g. /u/smpwkdir/smpeyyyydddhhmmssnnnnnn/). A tree as large as a file system would fill the driving
  system's /tmp (or the work path's file system), so ZF, like UZ, defines a work zFS of its own
  (DEFWORK), sized from the largest tree it extracts plus the margin of plan/ZfsSpace, mounts it last
  on <work directory>/WORK (SMPWKDIR), and unmounts and deletes it at the end (UNMOUNT, DELWORK), also
  after a failed UNZIP.
-->
<#assign workZfs = plan.workZfs(job.member)>
<#assign workDir = plan.workDirectory(job.member) + "/WORK">
<@lib.header
  what=["Step DEFINE defines the " + lib.count(job.datasets?size, "zFS data set") + " under their temporary names and step DEFWORK the work zFS " + workZfs + " (" + plan.treeWorkZfsCylinders() + " cylinders: the largest tree plus a margin, for GIMUNZIP to expand each archive in); step MOUNT formats them and mounts each on a temporary mount point under " + plan.workDirectory(job.member) + ", the work zFS on " + workDir + ".",
    "Step UNZIP extracts the archived directory trees into them with GIMUNZIP; steps UNMOUNT and DELWORK unmount them all and delete the work zFS, also after a failed UNZIP."]
    + job.datasets?map(ds -> ds.temporaryName + " (final name " + ds.name + ", to be mounted at " + ds.mountpoint + ")")
  before=["The package directory " + plan.sourceDirectory + " holds the portable software instance and the submitting user can read it.",
    "None of the temporary names exists yet. The submitting user may define, format and mount a zFS (mount authority for the shell's mount and unmount: UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT; BPX.SUPERUSER makes only TSO MOUNT privileged) and set file owners (UID 0 or BPX.SUPERUSER: preserveid=\"YES\")."]
  rc=["Every step 0; UNZIP may end with 4 (warnings, read SMPOUT). A step ending with any other code skips the steps after it, except that UNMOUNT and DELWORK still run after UNZIP failed."]
  rerun=["After a failure in DEFINE or DEFWORK, delete the zFS data sets DEFINE defined and submit the job again (DEFWORK deletes a work zFS an earlier run left).",
    "After a failure in MOUNT, the zFS data sets it mounted before the failing command (STDERR names it) are still mounted and UNMOUNT did not run: unmount them (/usr/sbin/unmount -f name), delete the zFS data sets DEFINE defined and submit the job again.",
    "After a failure in UNZIP, correct the cause and resubmit from step DEFWORK (RESTART=DEFWORK): it defines the work zFS again, which DELWORK deleted, and MOUNT formats the zFS data sets again.",
    "After a failure in UNMOUNT, the zFS data sets are complete: unmount those still mounted (/usr/sbin/unmount -f name), then resubmit with RESTART=DELWORK, which deletes the work zFS.",
    "After a failure in DELWORK, resubmit with RESTART=DELWORK."]
  recovery={"DEFINE": "DELETE=DEFINE RESUBMIT", "DEFWORK": "DELETE=DEFINE RESUBMIT", "MOUNT": "UNMOUNT DELETE=DEFINE RESUBMIT", "UNZIP": "RESTART=DEFWORK", "UNMOUNT": "UNMOUNT RESTART=DELWORK", "DELWORK": "RESTART=DELWORK"} />
${jcl.exec("DEFINE", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#list job.datasets as ds>
<@lib.defineZfs name=ds.temporaryName space="TRACKS(" + ds.tracks + ds.secondary???then(" " + ds.secondary, "") + ")"
  volumes=ds.isSmsManaged()?then([], ds.volumes) storclas=ds.storclas!"" dataclas=plan.zfsDataClass(ds.tracks)!""/>
<@lib.verdict/>
</#list>
/*
${jcl.exec("DEFWORK", "PGM=IDCAMS", "COND=(0,NE)")}
<@lib.sysout "SYSPRINT"/>
<#-- SYMBOLS=JCLONLY: the work data set name may hold &SYSUID (MVS JCL Reference, "Using symbols in JES in-stream data"). -->
${jcl.dd("SYSIN", "*", "SYMBOLS=JCLONLY")}
${jcl.idcams("DELETE " + workZfs + " CLUSTER")}
${jcl.idcams("SET MAXCC = 0")}
<@lib.defineZfs name=workZfs space="CYLINDERS(" + plan.treeWorkZfsCylinders() + " " + (plan.treeWorkZfsCylinders() / 2)?int + ")"
  volumes=plan.work.volume???then([plan.work.volume], []) storclas=plan.work.storclas!"" dataclas=plan.work.dataclas!"" mgmtclas=plan.work.mgmtclas!""/>
/*
<#assign mounts = []>
<#list job.datasets as ds>
<#assign mounts = mounts + [
  "zfsadm format -aggregate " + lib.dsnWord(ds.temporaryName) + " -overwrite;",
  "mkdir -p " + plan.temporaryMountPoint(job.member, ds) + ";",
  "/usr/sbin/mount -t ZFS -f " + lib.dsnWord(ds.temporaryName) + " " + plan.temporaryMountPoint(job.member, ds) + ";"]>
</#list>
<#-- The work zFS last: a failed MOUNT has left it unmounted, so DELWORK can delete it. -->
<#assign mounts = mounts + [
  "zfsadm format -aggregate " + lib.dsnWord(workZfs) + ";",
  "mkdir -p " + workDir + ";",
  "/usr/sbin/mount -t ZFS -f " + lib.dsnWord(workZfs) + " " + workDir]>
<@lib.shell step="MOUNT" cond="COND=(0,NE)" commands=mounts/>
${jcl.exec("UNZIP", "PGM=GIMUNZIP", "PARM='HASH=NO'", "REGION=0M", "COND=(0,NE)")}
${jcl.dd("SMPDIR", "PATH=" + jcl.quote(plan.sourceDirectory + "/"), "PATHDISP=KEEP")}
${jcl.dd("SMPWKDIR", "PATH=" + jcl.quote(workDir + "/"))}
<@lib.sysout "SMPOUT" "SYSPRINT"/>
${jcl.dd("SYSUT3", "UNIT=SYSALLDA", "SPACE=(CYL,(50,10))")}
${jcl.dd("SYSUT4", "UNIT=SYSALLDA", "SPACE=(CYL,(25,5))")}
${jcl.dd("SYSIN", "*")}
${jcl.xmlStart("GIMUNZIP")}
<#list job.datasets as ds>
${jcl.xml("ARCHDEF", "archid", ds.archid, "newname", plan.temporaryMountPoint(job.member, ds) + "/", "preserveid", "YES", "replace", "YES")}
</#list>
${jcl.xmlEnd("GIMUNZIP")}
/*
<#-- DEFINE and DEFWORK are tested too: after a failed DEFINE, MOUNT is bypassed and a test of it alone is false (lib condAllEndedWell). -->
<@lib.shell step="UNMOUNT" cond=lib.condAllEndedWell(["DEFINE", "DEFWORK", "MOUNT"]) commands=job.datasets?map(ds -> "/usr/sbin/unmount -f " + lib.dsnWord(ds.temporaryName) + ";") + ["/usr/sbin/unmount -f " + lib.dsnWord(workZfs)]/>
<#-- Not after a failed DEFWORK (nothing defined) nor a failed UNMOUNT (still mounted); after a failed MOUNT, UNMOUNT is bypassed and its test is false, so the unmounted work zFS is deleted. -->
${jcl.exec("DELWORK", "PGM=IDCAMS", lib.condAllEndedWell(["DEFINE", "DEFWORK", "UNMOUNT"]))}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*", "SYMBOLS=JCLONLY")}
${jcl.idcams("DELETE " + workZfs + " CLUSTER")}
/*
