<#import "lib/jcl.ftl" as lib>
<#--
  RA: the RACF sample for the security administrator. z/OSMF generates the same job and never
  submits it ("overridden complete"); neither does zdeploy (job.submitted is false).
  Commands: z/OS Security Server RACF Command Language Reference, "ADDGROUP", "ADDSD", "PERMIT",
  "SETROPTS" (GENERIC(DATASET) REFRESH makes new generic profiles take effect).
  Batch TSO: EXEC PGM=IKJEFT1A with SYSTSPRT and SYSTSIN, as z/OSMF's own RA job runs it; commands
  continue with a hyphen (TSO/E System Programming Command Reference, "Continuation lines").
  Profile names 'HLQ.*.**': with enhanced generic naming (SETROPTS EGN, which "New installations
  should set ... on immediately") an ending '.*' matches "one qualifier until the end of the data set
  name" (RACF Command Language Reference, "Generic profile rules - enhanced generic naming active"),
  so 'HLQ.*' would protect only two-qualifier names and none of the deeper target names; 'HLQ.*.**'
  matches every name under HLQ, and is what a NOEGN 'hlq.*' profile is listed as once EGN is active
  (RACF Security Administrator's Guide, "Activating enhanced generic naming for the DATASET class").
  Without EGN '**' is not allowed: the comment box says to write 'HLQ.*' then.
  Which qualifiers (issue 10 major 7): only DeploymentPlan.newHighLevelQualifiers, never one that a
  source data set or SYS1 carries: such a profile would also cover this (the driving) system's own data
  sets, and under EGN 'SYS1.*.**' is more specific than a site's 'SYS1.**', so UACC(NONE) there could
  lock the sysplex out of its own SYS1 data sets. With a new master catalog, the temporary catalog alias
  always gets its group and profile: the copy, unzip and rename jobs create and rename data sets named
  <tempcatalias>.<final name>, which the submitting user must be allowed to ALTER.
-->
<#assign hlqs = plan.newHighLevelQualifiers()>
<#assign skipped = plan.highLevelQualifiers?filter(h -> !hlqs?seq_contains(h))>
<#assign profiled = hlqs + plan.hasNewMasterCatalog()?then([plan.masterCatalog.tempcatalias], [])>
<@lib.header
  what=[(hlqs?has_content)?then("Defines, for each new high-level qualifier of the target data sets (" + hlqs?join(", ") + "), a RACF group, a generic data set profile 'HLQ.*.**' with UACC(NONE), and ALTER access for the users and groups that deploy and maintain the software.", "The target data sets have no new high-level qualifier: no profile is defined for them.")]
    + plan.hasNewMasterCatalog()?then(["Defines a RACF group, a generic data set profile '" + plan.masterCatalog.tempcatalias + ".*.**' with UACC(NONE) and ALTER access for the same users and groups for the temporary catalog alias " + plan.masterCatalog.tempcatalias + ": the jobs create and rename data sets named " + plan.masterCatalog.tempcatalias + ".<final name>, and the submitting user needs ALTER access to them."], [])
    + skipped?has_content?then(["Defines nothing for the qualifiers " + skipped?join(", ") + ": data sets of this system carry them (the source instance's, or SYS1), and a profile for them would cover those too. The target data sets of these qualifiers are protected by the profiles this system already has for them: check that the submitting user has ALTER access through them."], [])
  before=["This is a sample: edit it and have the security administrator run it. Replace the placeholders, in lower case below:",
    "supgrp: the superior group of the new group (for example SYS1)",
    "owngrp: the user or group that owns the new group",
    "acclist: the user IDs or groups that need ALTER access: the user who submits the deployment jobs and the system programmers who maintain the target",
    "Delete the ADDGROUP command of a qualifier that is already a RACF user or group, and the commands of a qualifier your installation already protects.",
    "Delete the commands of a qualifier that data sets of this system already carry (LISTCAT LEVEL(qualifier) finds them): zdeploy leaves out the qualifiers of the source data sets and SYS1, but knows no other data set of this system.",
    "The profile names 'HLQ.*.**' are written for enhanced generic naming (SETROPTS EGN). Without EGN, write 'HLQ.*' instead: '**' is allowed only with EGN, and with EGN 'HLQ.*' covers only names of two qualifiers."]
    + plan.isPortable()?then(["The unzip jobs mount zFS data sets with the shell's mount command, which needs UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT (UNIX System Services Planning, \"Privileged mount and unmount authority\"; BPX.SUPERUSER is not enough): the PERMIT below gives it. If the profile is not defined, define it first: RDEFINE UNIXPRIV SUPERUSER.FILESYS.MOUNT UACC(NONE) (the UNIXPRIV class active and RACLISTed)."], [])
  rc=["0: every command ran. 4, 8 or 12: a command failed (for example ADDGROUP of a group that exists) and IKJEFT1A stopped there with its return code: the commands after it did not run; read SYSTSPRT."]
  rerun=["Correct the failing command, delete the commands before it (they ran), and submit the job again."]
  recovery={"*": "MANUAL"} />
${jcl.exec("RACF", "PGM=IKJEFT1A")}
<@lib.sysout "SYSTSPRT"/>
${jcl.dd("SYSTSIN", "*")}
<#list profiled as hlq>
${jcl.tso("ADDGROUP " + hlq + " SUPGROUP(supgrp) OWNER(owngrp)")}
${jcl.tso("ADDSD '" + hlq + ".*.**' UACC(NONE) OWNER(" + hlq + ") AUDIT(FAILURES(READ))")}
${jcl.tso("PERMIT '" + hlq + ".*.**' ID(acclist) ACCESS(ALTER)")}
</#list>
<#if plan.isPortable()>
${jcl.tso("PERMIT SUPERUSER.FILESYS.MOUNT CLASS(UNIXPRIV) ID(acclist) ACCESS(READ)")}
${jcl.tso("SETROPTS RACLIST(UNIXPRIV) REFRESH")}
</#if>
${jcl.tso("SETROPTS GENERIC(DATASET) REFRESH")}
/*
