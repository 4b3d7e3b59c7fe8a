#!/usr/bin/env python3
"""The Python peer of the CLI benchmark (issue 13): a stand-in for Zowe's PSWI deployment script.

Zowe's script cannot be obtained offline here, so this is a faithful stand-in written the way that
script works: read the descriptor and request JSON, and build each job with str.format templates,
one card image at a time, without a linter or a plan. For the 500-data-set instance of instance.py
it writes about 7,800 lines of comparable JCL (DFSMSdss copy, IDCAMS catalog, SMP/E UCLIN DDDEFs,
IDCAMS rename, cleanup). It is a timing peer only: its JCL is not checked.

    python3 src/test/bench/pswi_peer.py DESCRIPTOR REQUEST OUTDIR
"""
import json
import os
import sys

JOB = """{jobcard}
//* {title}
"""
COPY = """//COPY{step:03d} EXEC PGM=ADRDSSU,REGION=0M,COND=(4,LT)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD *
 COPY DATASET(INCLUDE( -
{includes}
 )) -
 LOGINDYNAM(({invol})) OUTDYNAM(({outvol})) -
 RENAMEUNCONDITIONAL( -
{renames}
 ) -
 CATALOG SPHERE TOLERATE(ENQFAILURE) ALLDATA(*) ALLEXCP
/*
"""
UCLIN = """//UCL{step:05d} EXEC PGM=GIMSMP,REGION=0M,COND=(4,LT)
//SMPCSI   DD DISP=SHR,DSN={csi}
//SMPOUT   DD SYSOUT=*
//SMPRPT   DD SYSOUT=*
//SMPLIST  DD SYSOUT=*
//SMPCNTL  DD *
  SET BOUNDARY({zone}) .
  UCLIN .
{dddefs}
  ENDUCL .
/*
"""
DDDEF = """  REP DDDEF({dddef})
      DATASET({dsname})
      VOLUME({volume}) UNIT(3390)
      SHR .
"""
IDCAMS = """//{step} EXEC PGM=IDCAMS,REGION=0M,COND=(4,LT)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD *
{commands}
/*
"""
RENAME = """  ALTER {old} -
        NEWNAME({new})
  IF LASTCC = 0 THEN -
     DEFINE ALIAS (NAME({alias}) RELATE({new}))"""
DELETE = """  DELETE {name} NOSCRATCH
  IF LASTCC > 0 THEN SET MAXCC = 0"""
RACF = """ADDSD  '{name}' UACC(NONE)
PERMIT '{name}' ID(SYS1) ACCESS(ALTER)"""
TSO = """//RACF     EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD *
{commands}
/*
"""


def main(descriptor_path, request_path, out):
    with open(descriptor_path) as f:
        descriptor = json.load(f)["izud.pswi.descriptor"]
    with open(request_path) as f:
        request = json.load(f)
    jobcard = "\n".join(request["jobstatement"])
    alias = request["mastercatalog"]["tempcatalias"]
    datasets = descriptor["datasets"]
    targets = [v["volume"] for v in request["targetvolumes"]]
    sources = sorted({ds["volumes"][0] for ds in datasets})
    volmap = dict(zip(sources, targets))
    os.makedirs(out, exist_ok=True)

    copy = [JOB.format(jobcard=jobcard, title="COPY DATA SETS")]
    by_volume = {}
    for ds in datasets:
        by_volume.setdefault(ds["volumes"][0], []).append(ds)
    step = 0
    for volume, group in by_volume.items():
        for start in range(0, len(group), 255):
            chunk = group[start:start + 255]
            step += 1
            copy.append(COPY.format(
                step=step, invol=volume, outvol=volmap[volume],
                includes="\n".join("    {} -".format(ds["dsname"]) for ds in chunk),
                renames="\n".join("    ({},{}.{}) -".format(ds["dsname"], alias, ds["dsname"]) for ds in chunk)))
    write(out, "COPY", copy)

    zones = {z["name"]: z["csi"] for z in descriptor["zones"]}
    uclin = [JOB.format(jobcard=jobcard, title="UPDATE CSI DDDEFS")]
    step = 0
    for zone, csi in zones.items():
        dddefs = []
        for ds in datasets:
            for zd in ds.get("zonedddefs") or []:
                if zd["zone"] == zone:
                    for dd in zd["dddefs"]:
                        dddefs.append(DDDEF.format(dddef=dd["dddef"], dsname=ds["dsname"], volume=volmap[ds["volumes"][0]]).rstrip("\n"))
        step += 1
        uclin.append(UCLIN.format(step=step, csi=csi, zone=zone, dddefs="\n".join(dddefs)))
    write(out, "UCLIN", uclin)

    rename = [JOB.format(jobcard=jobcard, title="RENAME DATA SETS")]
    for start in range(0, len(datasets), 100):
        chunk = datasets[start:start + 100]
        rename.append(IDCAMS.format(step="REN%05d" % (start // 100 + 1), commands="\n".join(
            RENAME.format(old=alias + "." + ds["dsname"], new=ds["dsname"], alias=ds["dsname"].split(".")[0])
            for ds in chunk)))
    write(out, "RENAME", rename)

    cleanup = [JOB.format(jobcard=jobcard, title="CLEAN UP")]
    cleanup.append(IDCAMS.format(step="CLEANUP", commands="\n".join(
        DELETE.format(name=alias + "." + ds["dsname"]) for ds in datasets)))
    write(out, "CLEANUP", cleanup)

    racf = [JOB.format(jobcard=jobcard, title="RACF PROFILES")]
    racf.append(TSO.format(commands="\n".join(RACF.format(name=ds["dsname"]) for ds in datasets)))
    write(out, "RACF", racf)


def write(out, member, parts):
    with open(os.path.join(out, member), "w") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
