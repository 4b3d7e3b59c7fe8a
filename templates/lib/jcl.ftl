<#--
  zdeploy macro library: what every job template shares.
  Templates only lay the plan out: every statement is written by a `jcl` helper (the statement
  writers of dev.zdeploy.jcl), which wraps it for its language; no template counts columns.
  Free text from the inputs goes only through jcl.comment, which sanitises it.
-->
<#-- The rule line of the comment box: //* and 68 asterisks, column 71. -->
<#assign rule = "//*" + ""?left_pad(68, "*")>
<#--
  The job's first records: the request's JOB statement cards verbatim (or z/OSMF's default
  //IZUDnntt JOB (ACCOUNT),'NAME'), then the comment box a systems programmer reads before
  submitting: what the job does, what must be true before it runs, the return codes to expect and
  how to rerun it after a failure. Each argument is a sequence of paragraphs.
-->
<#macro header what before rc rerun recovery={}>
<#list jobStatement as card>
${card}
</#list>
${rule}
${jcl.comment(job.member + "  " + job.description)}
${jcl.comment("Deployment " + plan.deploymentName + ": software instance " + plan.sourceName + " to " + plan.tgtswiname)}
<#if !job.submitted>
${jcl.comment("")}
${jcl.comment("THIS JOB IS NOT SUBMITTED WITH THE OTHERS: read why below.")}
</#if>
<@section "WHAT IT DOES" what/>
<@section "BEFORE YOU SUBMIT IT" before/>
<@section "RETURN CODES" rc/>
<@section "AFTER A FAILURE" rerun/>
<@recoveryLines recovery/>
${rule}
</#macro>

<#--
  The recovery instruction per step (key: step name, or * for any other step), written twice from
  the same data so that they cannot drift: a sentence a person reads, and a line
  "//* ZDEPLOY RECOVERY STEP=name action..." that the failure drills (simulate.Recovery) follow.
  Actions, in the order they are done: UNMOUNT (unmount what the job mounted), DELETE=step (delete
  the data sets and catalog entries that step created; * the failed step), then RESUBMIT (submit the
  job again as it is) or RESTART=step (resubmit with RESTART=step on the JOB statement; * the failed
  step), or DONE (nothing to rerun: the job did its work), or MANUAL (only the procedure above, by hand: no program can follow it).
-->
<#macro recoveryLines recovery>
<#list recovery as step, actions>
${jcl.comment((step == "*")?then((recovery?size > 1)?then("Any other step", "Any step"), "Step " + step) + " failed: " + actions?split(" ")?map(a -> recoveryAction(a))?join(", then ") + ".")}
${jcl.comment("ZDEPLOY RECOVERY STEP=" + step + " " + actions)}
</#list>
</#macro>

<#function recoveryAction action>
  <#local value = action?keep_after("=")?replace("*", "the failed step")>
  <#if action == "RESUBMIT"><#return "submit the job again as it is">
  <#elseif action == "UNMOUNT"><#return "unmount the file systems the job mounted">
  <#elseif action == "MANUAL"><#return "follow the procedure above by hand">
  <#elseif action == "DONE"><#return "the job needs no rerun">
  <#elseif action?starts_with("DELETE=")><#return "delete the data sets and catalog entries " + value + " created">
  <#elseif action?starts_with("RESTART=")><#return "resubmit the job with RESTART=" + action?keep_after("=")?replace("*", "(the failed step)") + " on its JOB statement">
  </#if>
  <#stop "unknown recovery action " + action>
</#function>

<#macro section title paragraphs>
${jcl.comment("")}
${jcl.comment(title)}
<#-- A paragraph is a string, or one that lists a value per data set (jcl.paragraph, jcl.dddefParagraph), written value by value. -->
<#list paragraphs as paragraph>
<@jcl.write.comment text=paragraph/><#t>
</#list>
</#macro>

<#-- The step's SYSPRINT (and any other SYSOUT data sets named). -->
<#macro sysout names...>
<#list names as name>
${jcl.dd(name, "SYSOUT=*")}
</#list>
</#macro>

<#--
  One SMP/E step: GIMSMP with the global CSI `csi` as SMPCSI, the other DD statements SMP/E needs,
  the nested SMP/E statements as SMPCNTL, and its delimiter. An empty SMPCNTL is refused: a step
  with nothing to do is left out, not written.
  SMP/E for z/OS User's Guide, "EXEC statement" (PARM PROCESS=WAIT waits for a CSI in use; with an
  SMPCSI DD statement no CSI= in PARM); Reference, "SMPCSI" and "DDDEF entry" (a DD statement is used
  before the zone's DDDEF: SMPOUT, SMPRPT, SMPLIST and SYSPRINT go to SYSOUT whatever DDDEFs the zones
  hold). SMPLOG and SMPLOGA are DUMMY: no logging, because the UC job changes the target's own SMPLOG
  DDDEFs. SMPPTS and its spill data sets SMPPTS1... name the target's own (DeploymentPlan.smpptsDds), as
  z/OSMF's zone update job overrides SMPPTS: until UC's DDDEFS step the global zone's DDDEFs name the
  source's, and DD DUMMY is not allowed for them (SMP/E Reference, "SMPPTS spill data set": "NULLFILE and
  DD DUMMY are invalid"); DISP=SHR, as that page says for jobs that may run concurrently.
-->
<#macro gimsmpStep step cond csi>
${jcl.exec(step, "PGM=GIMSMP", "PARM='PROCESS=WAIT'", "REGION=0M", cond)}
${jcl.dd("SMPCSI", "DISP=OLD", "DSN=" + csi)}
<@sysout "SMPOUT" "SMPRPT" "SMPLIST" "SYSPRINT"/>
${jcl.dd("SMPLOG", "DUMMY")}
${jcl.dd("SMPLOGA", "DUMMY")}
${jcl.dd("SMPHOLD", "DUMMY")}
<#list plan.smpptsDds() as pts>
<#if pts.volume??>
${jcl.dd(pts.ddname, "DISP=SHR", "DSN=" + pts.dsn, "UNIT=" + pts.unit, "VOL=SER=" + pts.volume)}
<#else>
${jcl.dd(pts.ddname, "DISP=SHR", "DSN=" + pts.dsn)}
</#if>
</#list>
${jcl.dd("SMPCNTL", "*")}
<@jcl.write.notEmpty message="step " + step + ": an SMP/E step without statements"><#nested></@jcl.write.notEmpty>/*
</#macro>

<#-- ` CATALOG(name)` for IDCAMS when the plan names the catalog, else nothing. -->
<#function catalogOf ds>
  <#return ds.catalog???then(" CATALOG(" + ds.catalog + ")", "")>
</#function>

<#--
  The guarded, rerunnable IDCAMS units (their commands, and the AMS sections they rely on, are in
  dev.zdeploy.render.IdcamsUnits, which also writes the units RN, VF, DA, PF and VERIFY repeat for every
  data set: the directives jcl.write.renameUnits, catalogChecks, aliasDeletes, absentListcats, verifyListcats,
  which write them into the member 64 KB at a time; the functions of the same names return them as one
  string, for a template that uses the text as a value). These macros
  write one unit each, for a template that lays units out itself:
  - verdict: ends a unit: LASTCC 0 resets MAXCC (an expected "not found" does not count), anything
    else sets MAXCC 16, which ends all processing of the step.
  - rename: renames `from` to `to`; when `from` is not found, `to` must be (an earlier run renamed it).
  - renameUnlessRenamed: renames unless `to` exists (a temporary name that becomes a data set alias).
  - renameIfPresent: renames when `from` is found, else succeeds; a LISTCAT failing otherwise than
    "not found" (8, 12) ends the step with 16.
  - deleteIfPresent: deletes entry `name` of `type` (ALIAS, NONVSAM, ...) when found; `options` are
    further DELETE parameters (NOSCRATCH).
  - present (VF) / absent (PF, VF): the LISTCAT `listcat` must find / must not find its entry; the
    wrong outcome sets LASTCC 12, which raises MAXCC and lets processing go on.
  To change what a unit writes, write its commands with jcl.idcams in your own macro and call it from
  your copy of the job template in place of the jcl method (see README, "Site templates").
-->
<#macro verdict>
${jcl.verdict()}
</#macro>

<#macro rename from to catalog>
${jcl.rename(from, to, catalog)}
</#macro>

<#macro renameUnlessRenamed from to catalog>
${jcl.renameUnlessRenamed(from, to, catalog)}
</#macro>

<#macro absent listcat>
${jcl.absent(listcat)}
</#macro>

<#macro present listcat>
${jcl.present(listcat)}
</#macro>

<#macro renameIfPresent from to catalog>
${jcl.renameIfPresent(from, to, catalog)}
</#macro>

<#macro deleteIfPresent name type catalog options="">
${jcl.deleteIfPresent(name, type, catalog, options)}
</#macro>

<#--
  The new master catalog and its temporary catalog alias: the first steps of the job that creates the
  target data sets (CP for a copy, UZ for an unzip), so that everything cataloged under
  <tempcatalias>.<name> lands in the new catalog.
  DEFCAT: DFSMS Access Method Services Commands (AMS), "DEFINE USERCATALOG" (ICFCATALOG; no CATALOG
  parameter, so the connector goes to this system's master catalog: "Catalog selection order for
  DEFINE"); DFSMS Managing Catalogs, "The master catalog": "There is no structural difference between
  a master catalog and a user catalog".
  DEFALIAS: AMS "DEFINE ALIAS" ("an alternate name for a non-VSAM data set or a user catalog"), defined
  in this system's master catalog as in "Define an Alias for a User Catalog: Example 2".
  A catalog whose volume SMS manages gets the request's storage class (mastercatalog storclas):
  STORAGECLASS on DEFINE USERCATALOG, and with a VOLUME named the class must guarantee space (AMS
  "DEFINE USERCATALOG", Examples 3 and 4: an SMS-managed catalog on a specific volume).
  Neither is rerunnable on purpose: a catalog or alias of the same name that is already there is not
  this deployment's, and DEFINE of an existing name ends with condition code 8 (AMS, "Condition
  codes"), which stops the job.
-->
<#macro newCatalogSteps mcat>
${jcl.exec("DEFCAT", "PGM=IDCAMS")}
<@sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
${jcl.idcams("DEFINE USERCATALOG(NAME(" + mcat.name + ") ICFCATALOG VOLUME(" + mcat.volume + ") CYLINDERS(" + mcat.primaryCylinders() + " " + mcat.secondaryCylinders() + ")" + mcat.storclas???then(" STORAGECLASS(" + mcat.storclas + ")", "") + ")")}
/*
${jcl.exec("DEFALIAS", "PGM=IDCAMS", "COND=(0,NE)")}
<@sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
${jcl.idcams("DEFINE ALIAS(NAME(" + mcat.tempcatalias + ") RELATE(" + mcat.name + "))")}
/*
</#macro>

<#--
  Step VERIFY of the jobs that create the target data sets (CP, UZ): LISTCAT of every name in `names`,
  in the standard catalog search order (the order later jobs find them in). A name LISTCAT does not
  find (condition code 4: AMS "Condition codes", "The system was unable to locate an entry in a
  LISTCAT command") sets MAXCC 12, and the step goes on, so its SYSPRINT lists every missing name and
  the step ends with 12. Why: DFSMSdss COPY's INCLUDE is a filter, and with LOGINDYNAM a data set is
  selected only when its volumes are all listed (SELECTMULTI(ALL), "SELECTMULTI"): a data set whose
  volumes changed since the plan is silently not copied, and the copy ends 0 or 4. Every copy and
  every unzipped data set is cataloged, so a missing catalog entry is exactly a data set that was not
  created; VOLUME lists where each one is, for the reader to compare with the plan.
  `catalogs` gives, for a name copied under its final name (TargetDataSet.copiedUnderFinalName), the
  " CATALOG(newcat)" its LISTCAT names: in the standard search order that name finds the driving system's
  own data set (the copy's source), so only the new catalog, where COPY RECATALOG put the copy, tells
  whether it was made.
-->
<#macro verifyStep names cond catalogs={}>
${jcl.exec("VERIFY", "PGM=IDCAMS", cond)}
<@sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<@jcl.write.verifyListcats names=names catalogs=catalogs/><#t>
/*
</#macro>

<#-- The names of the steps newCatalogSteps writes, for the COND= tests of later steps. -->
<#function newCatalogStepNames>
  <#return ["DEFCAT", "DEFALIAS"]>
</#function>

<#-- The comment box paragraphs of newCatalogSteps: what they do, and what must be true before. -->
<#function newCatalogWhat mcat>
  <#return ["Step DEFCAT defines the new master catalog " + mcat.name + " on volume " + mcat.volume + " as a user catalog of this (the driving) system.",
    "Step DEFALIAS defines the temporary catalog alias " + mcat.tempcatalias + ", which relates it to the new catalog: data sets named " + mcat.tempcatalias + ".* are cataloged there."]>
</#function>
<#function newCatalogBefore mcat>
  <#return " The catalog " + mcat.name + " and the alias " + mcat.tempcatalias + " are not defined on this system.">
</#function>

<#--
  COND= of a cleanup step: it runs even after an abend (EVEN), but only when every step in `steps` ran
  and ended with 0. Every earlier step is named, not only the last: "If a test returns a previously
  bypassed step, the system evaluates the test as false" (MVS JCL Reference, "COND parameter"), so a
  test naming only a step that an earlier failure bypassed would let the cleanup run.
-->
<#function condAllEndedWell steps>
  <#return "COND=(" + steps?map(s -> "(0,NE," + s + ")")?join(",") + ",EVEN)">
</#function>

<#-- A counted noun for the comment boxes: "1 data set", "9 data sets". -->
<#function count n noun>
  <#return n + " " + noun + (n == 1)?then("", "s")>
</#function>

<#-- "Step COPY001 copies" for one step, "Steps COPY001 to COPY009 copy" for more (verb given in both forms). -->
<#function stepRange prefix n one many>
  <#return (n == 1)?then("Step " + prefix + "001 " + one, "Steps " + prefix + "001 to " + prefix + n?string("000") + " " + many)>
</#function>

<#-- The member name of the job of `type` in this deployment, or "the IZUDnn<type> job" when it has none. -->
<#function memberOf type>
  <#list jobs as j>
    <#if j.type == type><#return j.member></#if>
  </#list>
  <#return "the IZUDnn" + type + " job">
</#function>

<#--
  Defines a VSAM linear data set for a zFS aggregate (DFSMS Access Method Services Commands,
  "DEFINE CLUSTER": LINEAR; zFS Administration, "Creating a compatibility mode aggregate": a zFS
  aggregate is a VSAM linear data set, formatted before its first mount). LINEAR with an explicit
  format works on every supported release (the ZFS keyword, which formats at first mount, needs z/OS
  V2R3). SHAREOPTIONS(3) as zFS aggregates are commonly defined. An SMS-managed aggregate names its
  storage class and no volume; `dataclas` and `mgmtclas` are coded when given: an aggregate above
  4 GB needs "A DFSMS DATACLASS that provides extended addressability" (zFS Administration, "Creating
  a multi-volume compatibility mode aggregate", whose example codes DATACLASS(EXTATTR) on the
  DEFINE), which the plan requires then (plan.LargeZfsChecks).
-->
<#macro defineZfs name space volumes storclas dataclas="" mgmtclas="">
${jcl.idcams("DEFINE CLUSTER(NAME(" + name + ") LINEAR " + space + storclas?has_content?then(" STORAGECLASS(" + storclas + ")", volumes?has_content?then(" VOLUMES(" + volumes?join(" ") + ")", "")) + dataclas?has_content?then(" DATACLASS(" + dataclas + ")", "") + mgmtclas?has_content?then(" MANAGEMENTCLASS(" + mgmtclas + ")", "") + " SHAREOPTIONS(3))")}
</#macro>

<#--
  A data set name as one shell word: in single quotes, inside which the shell expands nothing ("$" is a
  national character a qualifier may hold, and the shell would expand $NAME: POSIX shell quoting, as
  the z/OS shell documents it in UNIX System Services Command Reference, "sh": no character is special
  between single quotes). A data set name holds no apostrophe. JES still substitutes &SYSUID in it
  (SYMBOLS=JCLONLY works on the record, not on shell words).
-->
<#function dsnWord name>
  <#return "'" + name + "'">
</#function>

<#--
  The shell commands of a BPXBATCH step, written to STDPARM (z/OS UNIX System Services Command
  Reference, "BPXBATCH": "SH" runs the rest as a shell command line; the records are joined into one
  string, and a record never ends inside a word). `set -o errexit` makes the first failing command
  end the step with its exit status, so COND= on the next step sees it.
-->
<#macro shell step cond commands>
${jcl.exec(step, "PGM=BPXBATCH", "REGION=0M", cond)}
<@sysout "STDOUT" "STDERR"/>
<#-- SYMBOLS=JCLONLY: a work data set name may hold &SYSUID (MVS JCL Reference, "Using symbols in JES in-stream data"). -->
${jcl.dd("STDPARM", "*", "SYMBOLS=JCLONLY")}
${jcl.stdparm(["SH set -o errexit;"] + commands)}
/*
</#macro>
