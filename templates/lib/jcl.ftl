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
<#macro header what before rc rerun>
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
${rule}
</#macro>

<#macro section title paragraphs>
${jcl.comment("")}
${jcl.comment(title)}
<#list paragraphs as paragraph>
${jcl.comment(paragraph)}
</#list>
</#macro>

<#-- The step's SYSPRINT (and any other SYSOUT data sets named). -->
<#macro sysout names...>
<#list names as name>
${jcl.dd(name, "SYSOUT=*")}
</#list>
</#macro>

<#-- ` CATALOG(name)` for IDCAMS when the plan names the catalog, else nothing. -->
<#function catalogOf ds>
  <#return ds.catalog???then(" CATALOG(" + ds.catalog + ")", "")>
</#function>

<#--
  Ends a guarded IDCAMS unit. The commands before it leave LASTCC 0 when the unit did what it must
  (or had been done by an earlier run); then MAXCC is reset, so that an expected LISTCAT "not
  found" (condition code 4) does not count. Any other outcome sets MAXCC 16, which ends all
  processing of the step (DFSMS Access Method Services Commands, "IF-THEN-ELSE command sequence",
  "SET command": "a value of 16 ... terminates all processing"), so nothing runs on a damaged state.
-->
<#macro verdict>
${jcl.idcams("IF LASTCC = 0 THEN SET MAXCC = 0")}
${jcl.idcams("ELSE SET MAXCC = 16")}
</#macro>

<#--
  Renames catalog entry `from` to `to`, guarded and rerunnable: when `from` exists it is renamed;
  when it does not, `to` must exist (an earlier run renamed it). AMS "ALTER" (NEWNAME, CATALOG),
  "LISTCAT" (ENTRIES, NAME; condition code 4 when the entry is not found: "Condition codes").
-->
<#macro rename from to catalog>
${jcl.idcams("LISTCAT ENTRIES(" + from + ") NAME" + catalog)}
${jcl.idcams("IF LASTCC = 0 THEN ALTER " + from + " NEWNAME(" + to + ")" + catalog)}
${jcl.idcams("ELSE LISTCAT ENTRIES(" + to + ") NAME" + catalog)}
<@verdict/>
</#macro>

<#--
  Renames a VSAM component entry when LISTCAT finds it under the expected name (see
  TargetDataSet.componentRenames); a component that is not there is left alone.
-->
<#macro renameIfPresent from to catalog>
${jcl.idcams("LISTCAT ENTRIES(" + from + ") NAME" + catalog)}
${jcl.idcams("IF LASTCC = 0 THEN ALTER " + from + " NEWNAME(" + to + ")" + catalog)}
${jcl.idcams("ELSE SET LASTCC = 0")}
<@verdict/>
</#macro>

<#-- Deletes catalog entry `name` of `type` (ALIAS, NONVSAM, ...) when LISTCAT finds it. AMS "DELETE". -->
<#macro deleteIfPresent name type catalog>
${jcl.idcams("LISTCAT ENTRIES(" + name + ") " + type + catalog)}
${jcl.idcams("IF LASTCC = 0 THEN DELETE " + name + " " + type + catalog)}
${jcl.idcams("ELSE SET LASTCC = 0")}
<@verdict/>
</#macro>
