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
-->
<@lib.header
  what=["Step DEFINE defines the " + lib.count(job.datasets?size, "zFS data set") + " under their temporary names; step MOUNT formats them and mounts each on a temporary mount point under " + plan.workDirectory(job.member) + ".",
    "Step UNZIP extracts the archived directory trees into them with GIMUNZIP; step UNMOUNT unmounts them, also after a failed UNZIP."]
    + job.datasets?map(ds -> ds.temporaryName + " (final name " + ds.name + ", to be mounted at " + ds.mountpoint + ")")
  before=["The package directory " + plan.sourceDirectory + " holds the portable software instance and the submitting user can read it.",
    "None of the temporary names exists yet. The submitting user may define, format and mount a zFS (mount authority for the shell's mount and unmount: UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT; BPX.SUPERUSER makes only TSO MOUNT privileged) and set file owners (UID 0 or BPX.SUPERUSER: preserveid=\"YES\")."]
  rc=["Every step 0; UNZIP may end with 4 (warnings, read SMPOUT). A step ending with any other code skips the steps after it, except that UNMOUNT still runs after UNZIP failed."]
  rerun=["After a failure in DEFINE, delete the zFS data sets it defined and submit the job again.",
    "After a failure in MOUNT, the zFS data sets it mounted before the failing command (STDERR names it) are still mounted and UNMOUNT did not run: unmount them (/usr/sbin/unmount -f name), delete the zFS data sets the job defined and submit it again.",
    "After a failure in UNZIP, correct the cause and resubmit from step MOUNT (RESTART=MOUNT): it formats the zFS data sets again.",
    "After a failure in UNMOUNT, the zFS data sets are complete: unmount those still mounted (/usr/sbin/unmount -f name); the job needs no rerun."]
  recovery={"DEFINE": "DELETE=DEFINE RESUBMIT", "MOUNT": "UNMOUNT DELETE=DEFINE RESUBMIT", "UNZIP": "RESTART=MOUNT", "UNMOUNT": "UNMOUNT DONE"} />
${jcl.exec("DEFINE", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#list job.datasets as ds>
<@lib.defineZfs name=ds.temporaryName space="TRACKS(" + ds.tracks + ds.secondary???then(" " + ds.secondary, "") + ")"
  volumes=ds.isSmsManaged()?then([], ds.volumes) storclas=ds.storclas!"" dataclas=plan.zfsDataClass(ds.tracks)!""/>
<@lib.verdict/>
</#list>
/*
<#assign mounts = []>
<#list job.datasets as ds>
<#assign mounts = mounts + [
  "zfsadm format -aggregate " + lib.dsnWord(ds.temporaryName) + " -overwrite;",
  "mkdir -p " + plan.temporaryMountPoint(job.member, ds) + ";",
  "/usr/sbin/mount -t ZFS -f " + lib.dsnWord(ds.temporaryName) + " " + plan.temporaryMountPoint(job.member, ds) + ";"]>
</#list>
<@lib.shell step="MOUNT" cond="COND=(0,NE)" commands=mounts/>
${jcl.exec("UNZIP", "PGM=GIMUNZIP", "PARM='HASH=NO'", "REGION=0M", "COND=(0,NE)")}
${jcl.dd("SMPDIR", "PATH=" + jcl.quote(plan.sourceDirectory + "/"), "PATHDISP=KEEP")}
${jcl.dd("SMPWKDIR", "PATH=" + jcl.quote(plan.workDirectory(job.member) + "/"))}
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
<#-- DEFINE is tested too: after a failed DEFINE, MOUNT is bypassed and a test of it alone is false (lib condAllEndedWell). -->
<@lib.shell step="UNMOUNT" cond=lib.condAllEndedWell(["DEFINE", "MOUNT"]) commands=job.datasets?map(ds -> "/usr/sbin/unmount -f " + lib.dsnWord(ds.temporaryName) + ";")/>
