#!/usr/bin/env python3
"""Generates the large-400 golden inputs: a z/OS 3.1 ServerPac-like software instance of about 400
data sets on four source volumes, SMP/E managed (global, target and dlib CSIs of their own, DDDEFs for
almost every library), deployed into a new master catalog through a temporary catalog alias.

Deterministic (no randomness, no clock): rerun it and the JSON is byte for byte the same.

    python3 golden/large-400/generate.py      # rewrites descriptor.json and request.json beside it
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TEMPCATALIAS = "ZOS31NEW"
TARGET_ZONE, DLIB_ZONE = "TGT31", "DLB31"
GLOBAL_CSI, TARGET_CSI, DLIB_CSI = "ZOS31.GLOBAL.CSI", "ZOS31.TARGET.CSI", "ZOS31.DLIB.CSI"

# Source volume -> target volume. Which source volume maps onto which target is decided by first
# appearance in the descriptor; the request lists the targets in that order (see request()).
TARGET_OF = {"ZRS401": "NRS401", "ZRS402": "NRS402", "ZDL401": "NDL401", "ZDL402": "NDL402"}

# (element prefix, high-level qualifier, has a UNIX part): 38 z/OS elements and features.
COMPONENTS = [
    ("AOP", "AOP", False), ("ASM", "ASM", False), ("BDT", "SYS1", False), ("BLS", "SYS1", False),
    ("BPX", "SYS1", True), ("CBC", "CBC", True), ("CEE", "CEE", True), ("CIM", "CIM", True),
    ("CLB", "CBC", False), ("CSF", "CSF", True), ("CUN", "SYS1", True), ("DFQ", "DFQ", False),
    ("EPH", "EPH", False), ("EQA", "EQA", True), ("EUV", "EUV", True), ("EZA", "TCPIP", True),
    ("EZB", "TCPIP", False), ("FFS", "FFST", False), ("GDD", "GDDM", False), ("GIM", "SYS1", True),
    ("GLD", "GLD", True), ("GSK", "GSK", True), ("HIS", "SYS1", False), ("HWI", "HWI", True),
    ("ICQ", "ICQ", False), ("IEA", "SYS1", False), ("IGY", "IGY", True), ("IMW", "IMW", True),
    ("IOE", "IOE", True), ("IRR", "SYS1", False), ("ISF", "ISF", True), ("ISP", "ISP", False),
    ("IXM", "SYS1", True), ("IZU", "IZU", True), ("JES", "SYS1", False), ("NFS", "NFS", True),
    ("RMF", "SYS1", False), ("XMW", "XMW", True),
]

# Library kinds: (suffix, dstype, recfm, lrecl, blksize, base tracks). Target and distribution
# libraries differ only in their load modules: SxxxLOAD against AxxxMOD1.
SOURCE_LIBS = [
    ("SAMP", "PDS", "FB", "80", "27920", 90),
    ("MACS", "PDS", "FB", "80", "27920", 120),
    ("EXEC", "PDS", "FB", "80", "27920", 45),
    ("PENU", "PDS", "FB", "80", "27920", 60),
]
TARGET_LIBS = [("LOAD", "PDSE", "U", "0", "32760", 450)] + SOURCE_LIBS
DLIB_LIBS = [("MOD1", "PDSE", "U", "0", "32760", 600)] + SOURCE_LIBS


def dataset(dsname, volume, dstype, tracks, recfm, lrecl, blksize, dddefs, categories, mountpoint=None,
            used=None):
    zones = {}
    for zone, name, path, contained in dddefs:
        entry = {"dddef": name, "path": path}
        if path is not None:
            entry["pathcontainedinds"] = contained
        zones.setdefault(zone, []).append(entry)
    if used is None:
        used = None if dstype == "VSAM" else str(35 + tracks % 50)
    return {
        "dsname": dsname,
        "volumes": [volume],
        "storclas": None,
        "dstype": dstype,
        "tracks": str(tracks),
        "zonedddefs": [{"zone": z, "dddefs": e} for z, e in zones.items()] or None,
        "mountpoint": mountpoint,
        "unixdirs": None,
        "isextendedformat": False,
        "recfm": recfm,
        "lrecl": lrecl,
        "blksize": blksize,
        "used": used,
        "extents": None if dstype == "VSAM" else str(1 + tracks // 400),
        "dscategory": categories,
        "archid": None,
    }


def datasets():
    out = []
    for index, (prefix, hlq, _) in enumerate(COMPONENTS):
        tvol = "ZRS401" if index % 2 == 0 else "ZRS402"
        dvol = "ZDL401" if index % 2 == 0 else "ZDL402"
        for n, (suffix, dstype, recfm, lrecl, blksize, base) in enumerate(TARGET_LIBS):
            name = f"S{prefix}{suffix}"
            tracks = base + 15 * ((index * 7 + n * 3) % 11)
            # Two libraries of every fifth element carry no DDDEF (as some elements ship them).
            dddefs = [] if (index % 5 == 4 and n >= 3) else [(TARGET_ZONE, name, None, None),
                                                              (DLIB_ZONE, name, None, None)]
            out.append(dataset(f"{hlq}.{name}", tvol, dstype, tracks, recfm, lrecl, blksize, dddefs,
                               ["TARGET"]))
        for n, (suffix, dstype, recfm, lrecl, blksize, base) in enumerate(DLIB_LIBS):
            name = f"A{prefix}{suffix}"
            tracks = base + 15 * ((index * 5 + n * 2) % 13)
            out.append(dataset(f"{hlq}.{name}", dvol, dstype, tracks, recfm, lrecl, blksize,
                               [(DLIB_ZONE, name, None, None)], ["DLIB"]))
    smp = "ZDL401"
    out += [
        dataset(GLOBAL_CSI, smp, "VSAM", 1500, None, None, None, [], ["GLOBAL", "SMP"]),
        dataset(TARGET_CSI, smp, "VSAM", 4500, None, None, None, [], ["SMP", "TARGET"]),
        dataset(DLIB_CSI, smp, "VSAM", 4500, None, None, None, [], ["DLIB", "SMP"]),
        dataset("ZOS31.SMPPTS", smp, "PDSE", 6000, "FB", "80", "27920",
                [("GLOBAL", "SMPPTS", None, None)], ["GLOBAL", "SMP"]),
        dataset("ZOS31.SMPLOG", smp, "SEQ", 300, "VB", "510", "3200",
                [("GLOBAL", "SMPLOG", None, None), (TARGET_ZONE, "SMPLOG", None, None),
                 (DLIB_ZONE, "SMPLOG", None, None)], ["SMP"]),
        dataset("ZOS31.SMPLOGA", smp, "SEQ", 300, "VB", "510", "3200",
                [("GLOBAL", "SMPLOGA", None, None), (TARGET_ZONE, "SMPLOGA", None, None),
                 (DLIB_ZONE, "SMPLOGA", None, None)], ["SMP"]),
        dataset("ZOS31.SMPMTS", smp, "PDS", 15, "FB", "80", "27920",
                [(TARGET_ZONE, "SMPMTS", None, None)], ["SMP", "TARGET"]),
        dataset("ZOS31.SMPSTS", smp, "PDS", 15, "FB", "80", "27920",
                [(TARGET_ZONE, "SMPSTS", None, None)], ["SMP", "TARGET"]),
        dataset("ZOS31.SMPSCDS", smp, "PDS", 150, "FB", "80", "27920",
                [(TARGET_ZONE, "SMPSCDS", None, None)], ["SMP", "TARGET"]),
    ]
    # The nucleus and link pack libraries of the BCP, on the first sysres volume.
    for name, tracks in (("NUCLEUS", 90), ("LINKLIB", 2700), ("LPALIB", 1800), ("MIGLIB", 600)):
        out.append(dataset(f"SYS1.{name}", "ZRS401", "PDS", tracks, "U", "0", "32760",
                           [(TARGET_ZONE, name, None, None), (DLIB_ZONE, name, None, None)], ["TARGET"]))
    # ServerPac's own customization data sets: no SMP/E, no DDDEF.
    for name, tracks in (("PARMLIB", 30), ("PROCLIB", 30), ("CMDLIB", 15), ("IPLPARM", 15),
                         ("SAMPLIB", 45)):
        out.append(dataset(f"CPAC.{name}", "ZRS402", "PDS", tracks, "FB", "80", "27920", [], ["OTHER"]))
    # The longest name: with the temporary catalog alias in front it is exactly 44 characters.
    longest = "CPAC.SERVPAC.ORD12345.SAMPLIB.MIG01"
    assert len(TEMPCATALIAS) + 1 + len(longest) == 44
    out.append(dataset(longest, "ZRS402", "PDS", 15, "FB", "80", "27920", [], ["OTHER"]))
    # The version root, with a PATH DDDEF for each element that has a UNIX part.
    paths = [(TARGET_ZONE, f"S{p}HFS", f"/Service/usr/lpp/{p.lower()}/IBM/", f"usr/lpp/{p.lower()}/IBM/")
             for p, _, unix in COMPONENTS if unix]
    out.append(dataset("OMVS.ZOS31.ROOT", "ZDL402", "ZFS", 45000, None, None, None, paths, ["TARGET"],
                       mountpoint="/Service", used="81"))
    out.sort(key=lambda d: d["dsname"])  # z/OSMF lists a software instance's data sets by name
    return out


def descriptor(items):
    fmids = ["HBB77E0", "HJE77E0", "HLE77E0", "HIF7T02", "HQX77E0", "HTE77E0", "HCR77E0", "HRM77E0"]
    return {"izud.pswi.descriptor": {
        "version": "7",
        "created": "2025-09-30T04:00:00Z",
        "gimpaflocation": "GIMPAF.XML",
        "name": "ZOS31SP",
        "description": "z/OS 3.1 ServerPac order 12345, full system, RSU2509",
        "globalzone": GLOBAL_CSI,
        "zones": [
            {"name": "GLOBAL", "type": "global", "related": None, "csi": GLOBAL_CSI},
            {"name": TARGET_ZONE, "type": "target", "related": DLIB_ZONE, "csi": TARGET_CSI},
            {"name": DLIB_ZONE, "type": "dlib", "related": TARGET_ZONE, "csi": DLIB_CSI},
        ],
        "datasets": items,
        "smpeproducts": [{
            "prodname": "z/OS", "prodid": "5655-ZOS", "release": "03.01.00", "vendor": "IBM", "url": None,
            "srels": ["Z038"], "prodsups": None,
            "features": [{"featname": "z/OS Base", "featid": "ZOSBASE", "fmids": fmids}],
        }],
        "fmids": fmids,
        "products": [],
        "workflows": [],
        "datasetproperties": [],
        "datasetpropertylabels": [],
        "productproperties": [],
    }}


def request(items):
    order = []
    for item in items:
        for volume in item["volumes"]:
            if volume not in order:
                order.append(volume)
    return {
        "name": "zos31ServerPacDeploy",
        "description": "z/OS 3.1 ServerPac order 12345 to the new system's four volumes",
        "source": {"type": "swi", "name": "ZOS31SP", "system": "SYSA"},
        "targetvolumes": [{"volume": TARGET_OF[v]} for v in order],
        "mastercatalog": {"name": "CATALOG.ZOS31.MCAT", "volume": "NDL401", "tempcatalias": TEMPCATALIAS},
        "jobstatement": [
            "//ZOS31SP  JOB (ACCT,ZOS31),'SERVPAC 12345',CLASS=A,MSGCLASS=X,",
            "//         MSGLEVEL=(1,1),REGION=0M,TIME=NOLIMIT,NOTIFY=&SYSUID",
            "/*JOBPARM SYSAFF=*",
        ],
        "jcldataset": "SYSPROG.ZOS31SP.DEPLOY.CNTL",
    }


def write(name, data):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, indent=2, ensure_ascii=True)
        f.write("\n")


if __name__ == "__main__":
    items = datasets()
    write("descriptor.json", descriptor(items))
    write("request.json", request(items))
    print(f"{len(items)} data sets")
