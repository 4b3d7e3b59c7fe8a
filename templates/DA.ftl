<#import "lib/jcl.ftl" as lib>
<#--
  DA: removes what let the driving system reach the target: the data set aliases in the new master
  catalog, the temporary catalog alias, and the new catalog's connector. Not submitted with the
  others (job.submitted is false): run it once the target has been verified, as z/OSMF deletes the
  temporary aliases in a separate step.
  AMS "DELETE" (ALIAS: "the entry to be deleted is an alias entry"); AMS "EXPORT DISCONNECT": "The
  connector entry for the user catalog is deleted from the master catalog. Also, the user catalog's
  alias entries are deleted from the master catalog." The catalog itself and its entries stay.
-->
<#assign mcat = plan.masterCatalog>
<@lib.header
  what=["Deletes the data set aliases " + mcat.tempcatalias + ".* from the new master catalog " + mcat.name + ", deletes the temporary catalog alias " + mcat.tempcatalias + " from this system's master catalog, and disconnects " + mcat.name + " from this system (the catalog and its entries are kept)."]
  before=["Every earlier job ended well and the target software instance has been verified: after this job this system reaches the target data sets only by volume."]
  rc=["0: done. 16: a unit failed and the step stopped there; read SYSPRINT."]
  rerun=["Correct the cause and submit the job again: entries already deleted are skipped."] />
${jcl.exec("CLEANUP", "PGM=IDCAMS")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("SYSIN", "*")}
<#list job.datasets as ds>
<#list ds.aliases as alias>
<@lib.deleteIfPresent alias "ALIAS" lib.catalogOf(ds)/>
</#list>
</#list>
<@lib.deleteIfPresent mcat.tempcatalias "ALIAS" ""/>
${jcl.idcams("LISTCAT ENTRIES(" + mcat.name + ") USERCATALOG")}
${jcl.idcams("IF LASTCC = 0 THEN EXPORT " + mcat.name + " DISCONNECT")}
${jcl.idcams("ELSE SET LASTCC = 0")}
<@lib.verdict/>
/*
