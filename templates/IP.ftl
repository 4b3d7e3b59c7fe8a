<#import "lib/jcl.ftl" as lib>
<#--
  IP: writes the IPL text on the new system residence volume, the ****** volume that holds SYS1.NUCLEUS
  (DeploymentPlan.iplText). A logical copy or an unzip moves data sets, not a volume's IPL records on
  track 0, so the volume cannot be IPLed until they are written.
  ICKDSF (Device Support Facilities User's Guide and Reference, "REFORMAT command", "Examples of the
  REFORMAT command"): REFORMAT DDNAME(IPLVOL) names the volume by the DD statement that allocates it
  (UNIT, VOL=SER, DISP=OLD), VERIFY(volser) has ICKDSF check the volume serial before it writes anything,
  IPLDD(IPLTEXT,OBJ) reads the IPL program in object-module form from DD IPLTEXT, BOOTSTRAP writes the
  bootstrap records with it. IPLTEXT concatenates SYS1.SAMPLIB members IPLRECS and IEAIPL00 of the
  release being deployed (the target's SAMPLIB, under its temporary name: IP runs after the copy and
  before the rename; or, copied under its final name, by UNIT and VOL=SER on its target volume, since
  the name alone would find this system's own SAMPLIB: MVS JCL Reference, "VOLUME parameter": with
  VOL=SER the system does not look in the catalog), as IBM's IPL-text jobs do: IPL text of another release stops the IPL in a wait
  state.
  Rerunnable: REFORMAT IPLDD writes the same records again.
-->
<#assign ipl = plan.iplText()>
<@lib.header
  what=["Step IPLTEXT writes the IPL text of the release being deployed, SYS1.SAMPLIB members IPLRECS and IEAIPL00 of the target (" + ipl.samplib + ipl.samplibVolumes?has_content?then(" on " + ipl.samplibVolumes?join(" "), "") + "), on the new system residence volume " + ipl.volume + " with ICKDSF REFORMAT: the copy moved the data sets but not the volume's IPL records, and the volume cannot be IPLed without them."]
  before=["Every earlier job ended well: " + ipl.samplib + ipl.samplibVolumes?has_content?then(" exists on " + ipl.samplibVolumes?join(" ") + " (the target's copy, not this system's own)", " exists") + ", and volume " + ipl.volume + " is online and is the volume that holds SYS1.NUCLEUS of the new system.",
    "The submitting user has ALTER authority to the volume (RACF DASDVOL class, when the site protects volumes) and ICKDSF may ask the operator to confirm the change to the volume (reply U)."]
  rc=["0: the IPL text is written. Any other code: read SYSPRINT; nothing else was changed on the volume."]
  rerun=["Correct the cause and submit the job again as it is: REFORMAT writes the same IPL text again."]
  recovery={"*": "RESUBMIT"} />
${jcl.exec("IPLTEXT", "PGM=ICKDSF", "REGION=0M")}
<@lib.sysout "SYSPRINT"/>
${jcl.dd("IPLVOL", "UNIT=3390", "VOL=SER=" + ipl.volume, "DISP=OLD")}
<#-- SYS1.SAMPLIB copied under its final name is found by volume (its copy is cataloged only in the new catalog). -->
<#if ipl.samplibVolumes?has_content>
<#assign vol = "VOL=SER=" + (ipl.samplibVolumes?size > 1)?then("(" + ipl.samplibVolumes?join(",") + ")", ipl.samplibVolumes[0])>
${jcl.dd("IPLTEXT", "DISP=SHR", "DSN=" + ipl.samplib + "(IPLRECS)", "UNIT=3390", vol)}
${jcl.dd("", "DISP=SHR", "DSN=" + ipl.samplib + "(IEAIPL00)", "UNIT=3390", vol)}
<#else>
${jcl.dd("IPLTEXT", "DISP=SHR", "DSN=" + ipl.samplib + "(IPLRECS)")}
${jcl.dd("", "DISP=SHR", "DSN=" + ipl.samplib + "(IEAIPL00)")}
</#if>
${jcl.dd("SYSIN", "*")}
${jcl.ickdsf("REFORMAT DDNAME(IPLVOL) VERIFY(" + ipl.volume + ") IPLDD(IPLTEXT,OBJ) BOOTSTRAP")}
/*
