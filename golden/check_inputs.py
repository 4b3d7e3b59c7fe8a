#!/usr/bin/env python3
"""Checks the golden scenarios' INPUT files against the documented input rules, independently of
zdeploy itself, so that a broken golden input is caught before its approved output is made.

    python3 golden/check_inputs.py            # every scenario under golden/
    python3 golden/check_inputs.py multi-volume sys1-datasets

It re-derives what the plan must be able to do (final names after the rename rules, temporary names,
the volume map, the zone names) and fails when a scenario could not plan cleanly. Exit 0 when all
scenarios pass, 1 otherwise; every problem is printed as `scenario/file /json/pointer: message`.

Rules (sources: seeds/pswi-descriptor-file.txt, seeds/deploy-rest-api.txt, ZOSMF-DEPLOY.md):
- descriptor: the IZUD00DF.json shape; numbers as strings; data set names upper case, <= 44
  characters, qualifiers 1-8 (A-Z@#$, then also 0-9 and -); volume serials 1-6; zone names 1-7;
  every zone in zonedddefs and related defined in zones; globalzone and every zone's csi a VSAM data
  set of the instance; no duplicate names; dstype and dscategory from the documented lists; fields
  only from the version that introduced them; swi: every data set has volumes; pswi: every data set
  has an archid and the request a source.directory.
- request: v1 body plus zdeploy's extensions; targetvolumes with "volume" (and optional
  indirectcatalogsymbol ****** or &SYMBOL, at most 6 characters); at least as many target volumes as
  distinct source volumes; tempcatalias one qualifier; job statement cards <= 72 columns, // or /* in
  columns 1-2, a valid job name on the first; passwords only in the one scenario allowed to have them.
- plan: final names (rename rules, first match wins, * one qualifier, ** any number) valid and
  distinct; temporary names (<tempcatalias>.<final> with a new master catalog, <final>.# for a portable
  unzip into the existing catalog, CSIs under their final names) <= 44 and distinct; without a new
  master catalog no final name repeats a source name; tracks fit each target volume.
- inventory: well formed; no collision the plan would report (tempcatalias defined, master catalog
  existing, a target or temporary name on a target volume or cataloged where it will be cataloged).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD_SCENARIO = "default-job-statement"

QUALIFIER = re.compile(r"^[A-Z@#$][A-Z0-9@#$-]{0,7}$")
NAME = re.compile(r"^[A-Z@#$][A-Z0-9@#$]{0,7}$")
VOLSER = re.compile(r"^[A-Z0-9@#$]{1,6}$")
NUMBER = re.compile(r"^[0-9]+$")
DSTYPES = {"HFS", "PDS", "PDSE", "SEQ", "VSAM", "ZFS"}
CATEGORIES = {"DLIB", "GLOBAL", "SMP", "SMPTLIB", "TARGET", "WORKFLOW", "OTHER"}
ZONE_TYPES = {"GLOBAL", "TARGET", "DLIB"}
TRACKS_3390 = {"3390-3": 3339 * 15, "3390-9": 10017 * 15, "3390-27": 32760 * 15, "3390-54": 65520 * 15}
DEFAULT_CAPACITY = TRACKS_3390["3390-9"]
# The version that introduced each optional top-level or nested field.
SINCE = {"products": 2, "workflows": 4, "datasetproperties": 5, "productproperties": 5,
         "pathcontainedinds": 6, "performonhostsystem": 6, "datasetpropertylabels": 7}
DESCRIPTOR_FIELDS = {"version", "created", "gimpaflocation", "name", "description", "globalzone", "zones",
                     "datasets", "smpeproducts", "fmids", "products", "workflows", "datasetproperties",
                     "datasetpropertylabels", "productproperties"}
DATASET_FIELDS = {"dsname", "volumes", "storclas", "dstype", "tracks", "zonedddefs", "mountpoint", "unixdirs",
                  "isextendedformat", "recfm", "lrecl", "blksize", "used", "extents", "dscategory", "archid",
                  "secondary"}
REQUEST_FIELDS = {"name", "description", "source", "system", "targetvolumes", "mastercatalog", "jobstatement",
                  "jcldataset", "zosmfuid", "zosmfpw", "proxyuid", "proxypw", "configuration", "systemsettings"}


class Report:
    def __init__(self, scenario):
        self.scenario = scenario
        self.problems = []

    def add(self, file, pointer, message):
        self.problems.append(f"{self.scenario}/{file} {pointer}: {message}")


def dsn_rule(name):
    if not isinstance(name, str) or not name:
        return "a data set name is a non-empty string"
    if len(name) > 44:
        return f"a data set name is at most 44 characters ({len(name)})"
    for qualifier in name.split("."):
        if not QUALIFIER.match(qualifier):
            return f"qualifier {qualifier!r} is not 1-8 of A-Z@#$ then A-Z0-9@#$-"
    return None


def check_dsn(report, file, pointer, name):
    rule = dsn_rule(name)
    if rule:
        report.add(file, pointer, f"{rule}: {name!r}")


def check_number(report, file, pointer, value, required=False):
    if value is None:
        if required:
            report.add(file, pointer, "is required")
        return None
    if not isinstance(value, str) or not NUMBER.match(value):
        report.add(file, pointer, f"a number is written as a string of digits: {value!r}")
        return None
    return int(value)


# ------------------------------------------------------------------------------------------ patterns
def compile_pattern(text):
    parts = text.split(".")
    for part in parts:
        if not part or ("*" in part and part not in ("*", "**")):
            return None
    return parts


def match(parts, qualifiers, at=0, part=0, captures=None):
    captures = [] if captures is None else captures
    if part == len(parts):
        return captures if at == len(qualifiers) else None
    p = parts[part]
    if p == "**":
        for end in range(at, len(qualifiers) + 1):
            found = match(parts, qualifiers, end, part + 1, captures + [".".join(qualifiers[at:end])])
            if found is not None:
                return found
        return None
    if at == len(qualifiers):
        return None
    if p == "*":
        return match(parts, qualifiers, at + 1, part + 1, captures + [qualifiers[at]])
    return match(parts, qualifiers, at + 1, part + 1, captures) if p == qualifiers[at] else None


def fill(parts, captures):
    out, n = [], 0
    for p in parts:
        piece = p
        if p in ("*", "**"):
            piece = captures[n]
            n += 1
        if piece:
            out.append(piece)
    return ".".join(out)


def wildcards(parts):
    return [p for p in parts if p in ("*", "**")]


def compile_rules(report, rules):
    compiled = []
    for i, rule in enumerate(rules):
        pointer = f"/configuration/datasets/{i}"
        condition = rule.get("if", "")
        if not condition.startswith("dsname="):
            report.add("request.json", pointer + "/if", f"reads dsname=<pattern>: {condition!r}")
            continue
        cond = compile_pattern(condition[len("dsname="):])
        if cond is None:
            report.add("request.json", pointer + "/if", f"wildcards stand for whole qualifiers: {condition!r}")
            continue
        actions = []
        for j, action in enumerate(rule.get("then", [])):
            ap = f"{pointer}/then/{j}"
            if action.get("property") != "dsname":
                report.add("request.json", ap + "/property", "only dsname can be changed")
            frm, to = compile_pattern(action.get("from", "")), compile_pattern(action.get("to", ""))
            if frm is None or to is None:
                report.add("request.json", ap, "from and to are name patterns of whole-qualifier wildcards")
                continue
            if wildcards(frm) != wildcards(to):
                report.add("request.json", ap + "/to", "to has the wildcards of from, in order")
                continue
            actions.append((frm, to, ap))
        if not actions:
            report.add("request.json", pointer + "/then", "a rule has at least one action")
        compiled.append((cond, actions))
    return compiled


def rename(report, rules, dsname):
    qualifiers = dsname.split(".")
    for cond, actions in rules:
        if match(cond, qualifiers) is None:
            continue
        name = dsname
        for frm, to, ap in actions:
            captures = match(frm, name.split("."))
            if captures is None:
                report.add("request.json", ap + "/from", f"the rule selects {dsname} but from does not match it")
                return name
            name = fill(to, captures)
        return name
    return dsname


# ------------------------------------------------------------------------------------------ descriptor
def check_descriptor(report, doc, source_type):
    f = "descriptor.json"
    if set(doc) != {"izud.pswi.descriptor"}:
        report.add(f, "", "the one top-level key is izud.pswi.descriptor")
        return None
    d = doc["izud.pswi.descriptor"]
    version = check_number(report, f, "/izud.pswi.descriptor/version", d.get("version"), required=True) or 0
    for key in d:
        if key not in DESCRIPTOR_FIELDS:
            report.add(f, f"/izud.pswi.descriptor/{key}", "not a documented descriptor field")
        if key in SINCE and version < SINCE[key]:
            report.add(f, f"/izud.pswi.descriptor/{key}", f"introduced in version {SINCE[key]}, this is {version}")
    if not d.get("name"):
        report.add(f, "/izud.pswi.descriptor/name", "is required")
    datasets = d.get("datasets") or []
    if not datasets:
        report.add(f, "/izud.pswi.descriptor/datasets", "an instance has data sets")
    zones = d.get("zones") or []
    zone_names = {}
    for i, z in enumerate(zones):
        p = f"/izud.pswi.descriptor/zones/{i}"
        name = z.get("name", "")
        if not NAME.match(name) or len(name) > 7:
            report.add(f, p + "/name", f"a zone name is 1-7 characters: {name!r}")
        if name in zone_names:
            report.add(f, p + "/name", f"zone {name} defined twice")
        if str(z.get("type", "")).upper() not in ZONE_TYPES:
            report.add(f, p + "/type", f"a zone type is global, target or dlib: {z.get('type')!r}")
        zone_names[name] = str(z.get("type", "")).upper()
    for i, z in enumerate(zones):
        if z.get("related") is not None and z["related"] not in zone_names:
            report.add(f, f"/izud.pswi.descriptor/zones/{i}/related", f"zone {z['related']} is not defined")
    vsam = set()
    seen = set()
    for i, ds in enumerate(datasets):
        p = f"/izud.pswi.descriptor/datasets/{i}"
        for key in ds:
            if key not in DATASET_FIELDS:
                report.add(f, f"{p}/{key}", "not a documented data set field")
        check_dsn(report, f, p + "/dsname", ds.get("dsname"))
        if ds.get("dsname") in seen:
            report.add(f, p + "/dsname", f"duplicate data set {ds.get('dsname')}")
        seen.add(ds.get("dsname"))
        volumes = ds.get("volumes") or []
        if source_type == "swi" and not volumes:
            report.add(f, p + "/volumes", "a software instance's data set has volumes")
        for j, v in enumerate(volumes):
            if not isinstance(v, str) or not VOLSER.match(v):
                report.add(f, f"{p}/volumes/{j}", f"a volume serial is 1-6 of A-Z0-9@#$: {v!r}")
        if len(set(volumes)) != len(volumes):
            report.add(f, p + "/volumes", "a volume is listed twice")
        if ds.get("dstype") not in DSTYPES:
            report.add(f, p + "/dstype", f"not one of {sorted(DSTYPES)}: {ds.get('dstype')!r}")
        if ds.get("dstype") == "VSAM":
            vsam.add(ds.get("dsname"))
        tracks = check_number(report, f, p + "/tracks", ds.get("tracks"), required=True)
        if tracks == 0:
            report.add(f, p + "/tracks", "a track count is positive")
        for key in ("lrecl", "blksize", "used", "extents", "secondary"):
            check_number(report, f, f"{p}/{key}", ds.get(key))
        cats = ds.get("dscategory") or []
        for j, c in enumerate(cats):
            if c not in CATEGORIES:
                report.add(f, f"{p}/dscategory/{j}", f"not one of {sorted(CATEGORIES)}: {c!r}")
        if ds.get("mountpoint") is not None and ds.get("dstype") not in ("HFS", "ZFS"):
            report.add(f, p + "/mountpoint", "only an HFS or zFS data set has a mount point")
        if source_type == "pswi" and not ds.get("archid"):
            report.add(f, p + "/archid", "a portable instance's data set has an archid")
        for j, zd in enumerate(ds.get("zonedddefs") or []):
            zp = f"{p}/zonedddefs/{j}"
            if zd.get("zone") not in zone_names:
                report.add(f, zp + "/zone", f"zone {zd.get('zone')} is not defined in zones")
            if not zd.get("dddefs"):
                report.add(f, zp + "/dddefs", "a zone's DDDEF list is not empty")
            for k, dd in enumerate(zd.get("dddefs") or []):
                if not NAME.match(dd.get("dddef", "")):
                    report.add(f, f"{zp}/dddefs/{k}/dddef", f"a DDDEF name is 1-8 characters: {dd.get('dddef')!r}")
                if "pathcontainedinds" in dd and version < 6:
                    report.add(f, f"{zp}/dddefs/{k}", "pathcontainedinds came with version 6")
                path = dd.get("path")
                if path is not None:
                    if not path.startswith("/"):
                        report.add(f, f"{zp}/dddefs/{k}/path", "a path is absolute")
                    if ds.get("dstype") not in ("HFS", "ZFS"):
                        report.add(f, f"{zp}/dddefs/{k}/path", "a PATH DDDEF names a file system data set")
    globalzone = d.get("globalzone")
    if zones and globalzone not in vsam:
        report.add(f, "/izud.pswi.descriptor/globalzone", f"{globalzone} is not a VSAM data set of the instance")
    if globalzone and not zones:
        report.add(f, "/izud.pswi.descriptor/globalzone", "a global zone without zones")
    for i, z in enumerate(zones):
        if z.get("csi") not in vsam:
            report.add(f, f"/izud.pswi.descriptor/zones/{i}/csi", f"{z.get('csi')} is not a VSAM data set")
        if zone_names.get(z.get("name")) == "GLOBAL" and z.get("csi") != globalzone:
            report.add(f, f"/izud.pswi.descriptor/zones/{i}/csi", "the global zone's CSI is the globalzone")
    for i, w in enumerate(d.get("workflows") or []):
        if "performonhostsystem" in w and version < 6:
            report.add(f, f"/izud.pswi.descriptor/workflows/{i}", "performonhostsystem came with version 6")
    return d


# ------------------------------------------------------------------------------------------ request
def check_request(report, r, scenario):
    f = "request.json"
    for key in r:
        if key not in REQUEST_FIELDS:
            report.add(f, "/" + key, "not a field of the request")
    if not r.get("name"):
        report.add(f, "/name", "is required")
    source = r.get("source") or {}
    if source.get("type") not in ("swi", "pswi"):
        report.add(f, "/source/type", f"swi or pswi: {source.get('type')!r}")
    if source.get("type") == "pswi" and not str(source.get("directory", "")).startswith("/"):
        report.add(f, "/source/directory", "a portable source names its package directory")
    if source.get("type") == "swi" and "directory" in source:
        report.add(f, "/source/directory", "only a portable source has a directory")
    targets = r.get("targetvolumes") or []
    if not targets:
        report.add(f, "/targetvolumes", "at least one target volume")
    for i, t in enumerate(targets):
        p = f"/targetvolumes/{i}"
        if set(t) - {"volume", "indirectcatalogsymbol"}:
            report.add(f, p, f"only volume and indirectcatalogsymbol: {sorted(t)}")
        if not VOLSER.match(t.get("volume", "")):
            report.add(f, p + "/volume", f"a volume serial is 1-6 characters: {t.get('volume')!r}")
        sym = t.get("indirectcatalogsymbol")
        if sym is not None and sym != "******" and not (
                len(sym) <= 6 and sym.startswith("&") and NAME.match(sym[1:].rstrip("."))):
            report.add(f, p + "/indirectcatalogsymbol", f"****** or &SYMBOL, at most 6: {sym!r}")
    vols = [t.get("volume") for t in targets]
    if len(set(vols)) != len(vols):
        report.add(f, "/targetvolumes", "a target volume is named twice")
    mcat = r.get("mastercatalog")
    if mcat is not None:
        check_dsn(report, f, "/mastercatalog/name", mcat.get("name"))
        if not VOLSER.match(mcat.get("volume", "")):
            report.add(f, "/mastercatalog/volume", f"a volume serial is 1-6 characters: {mcat.get('volume')!r}")
        if not QUALIFIER.match(mcat.get("tempcatalias", "")):
            report.add(f, "/mastercatalog/tempcatalias", "one qualifier of 1-8 characters")
    if "jobstatement" in r:
        cards = r["jobstatement"]
        if not cards:
            report.add(f, "/jobstatement", "given, it has at least one card")
        for i, card in enumerate(cards):
            if len(card) > 72:
                report.add(f, f"/jobstatement/{i}", f"a card is at most 72 characters ({len(card)})")
            if card[:2] not in ("//", "/*"):
                report.add(f, f"/jobstatement/{i}", "columns 1-2 are // or /*")
            if card != card.rstrip():
                report.add(f, f"/jobstatement/{i}", "trailing blanks")
        if cards:
            m = re.match(r"^//(\S+)\s+JOB(\s|$)", cards[0])
            if not m or not NAME.match(m.group(1)):
                report.add(f, "/jobstatement/0", "the first card is //jobname JOB with a 1-8 character name")
    check_dsn(report, f, "/jcldataset", r.get("jcldataset"))
    has_pw = "zosmfpw" in r or "proxypw" in r
    if has_pw and scenario != PASSWORD_SCENARIO:
        report.add(f, "/zosmfpw", f"passwords belong only in {PASSWORD_SCENARIO}")
    if scenario == PASSWORD_SCENARIO and (r.get("zosmfpw") != "S3CR3TPW" or r.get("proxypw") != "PR0XYPW1"):
        report.add(f, "/zosmfpw", "this scenario carries zosmfpw S3CR3TPW and proxypw PR0XYPW1")
    settings = r.get("systemsettings") or {}
    if "workdsnprefix" in settings:
        rule = dsn_rule(settings["workdsnprefix"])
        if rule or len(settings["workdsnprefix"]) > 26:
            report.add(f, "/systemsettings/workdsnprefix", "a prefix of qualifiers leaving room for work names")
    if "workvolume" in settings and not VOLSER.match(settings["workvolume"]):
        report.add(f, "/systemsettings/workvolume", "a volume serial is 1-6 characters")
    if "workpath" in settings and not settings["workpath"].startswith("/"):
        report.add(f, "/systemsettings/workpath", "an absolute path")


# ------------------------------------------------------------------------------------------ plan
def check_plan(report, d, r, inventory):
    datasets = d.get("datasets") or []
    source = r.get("source") or {}
    portable = source.get("type") == "pswi"
    config = r.get("configuration") or {}
    mcat = r.get("mastercatalog")
    alias = mcat.get("tempcatalias") if mcat else None

    order = []
    for ds in datasets:
        for v in ds.get("volumes") or []:
            if v not in order:
                order.append(v)
    targets = r.get("targetvolumes") or []
    if len(targets) < len(order):
        report.add("request.json", "/targetvolumes",
                   f"{len(order)} source volumes ({', '.join(order)}) need as many target volumes, got {len(targets)}")
    volume_map = {s: t.get("volume") for s, t in zip(order, targets)}

    zones = d.get("zones") or []
    zone_names = {z["name"]: z["name"] for z in zones}
    for i, z in enumerate(config.get("zones") or []):
        p = f"/configuration/zones/{i}"
        frm, to = z.get("from"), z.get("to", "")
        if frm not in zone_names:
            report.add("request.json", p + "/from", f"{frm} is not a zone of the descriptor")
        elif frm == "GLOBAL" or any(x["name"] == frm and str(x["type"]).upper() == "GLOBAL" for x in zones):
            report.add("request.json", p + "/from", "the global zone cannot be renamed")
        else:
            zone_names[frm] = to
        if not NAME.match(to) or len(to) > 7:
            report.add("request.json", p + "/to", f"a zone name is 1-7 characters: {to!r}")
    if len(set(zone_names.values())) != len(zone_names):
        report.add("request.json", "/configuration/zones", "two zones would get one name")

    mountpoints = {ds.get("mountpoint") for ds in datasets if ds.get("mountpoint")}
    for i, m in enumerate(config.get("mountpoints") or []):
        if m.get("from", "").rstrip("/") not in {x.rstrip("/") for x in mountpoints}:
            report.add("request.json", f"/configuration/mountpoints/{i}/from", "no file system is mounted there")
        if not m.get("to", "").startswith("/"):
            report.add("request.json", f"/configuration/mountpoints/{i}/to", "an absolute path")

    rules = compile_rules(report, config.get("datasets") or [])
    csis = {z.get("csi") for z in zones}
    sources = {ds.get("dsname") for ds in datasets}
    owners = {}
    usage = {}
    planned = []
    for i, ds in enumerate(datasets):
        src = ds.get("dsname", "")
        final = rename(report, rules, src)
        pointer = f"/plan/datasets/{i}"
        rule = dsn_rule(final)
        if rule:
            report.add("request.json", pointer, f"final name {final} of {src}: {rule}")
        if alias:
            temporary = f"{alias}.{final}"
        elif portable and src not in csis:
            temporary = f"{final}.#"
        else:
            temporary = final
        if len(temporary) > 44:
            report.add("request.json", pointer, f"temporary name {temporary} is {len(temporary)} characters")
        if mcat is None and final in sources:
            report.add("request.json", pointer, f"into the existing catalog, {final} must differ from every source name")
        for name in {final, temporary}:
            if name in owners and owners[name] != src:
                report.add("request.json", pointer, f"{owners[name]} and {src} would both be named {name}")
            owners[name] = src
        tvols = [volume_map.get(v) for v in ds.get("volumes") or []]
        for v in tvols:
            usage[v] = usage.get(v, 0) + int(ds.get("tracks") or 0)
        planned.append((src, final, temporary, tvols))

    capacity = {}
    for v in (inventory or {}).get("volumes") or []:
        capacity[v["volume"]] = v["tracks"] if "tracks" in v else TRACKS_3390[v["devicetype"]]
    for v, tracks in usage.items():
        if v is not None and tracks > capacity.get(v, DEFAULT_CAPACITY):
            report.add("request.json", "/targetvolumes", f"{tracks} tracks planned on {v}, more than it holds")
    if inventory is not None:
        check_collisions(report, inventory, planned, mcat)


# ------------------------------------------------------------------------------------------ inventory
def check_inventory(report, inv):
    f = "inventory.json"
    for key in inv:
        if key not in ("datasets", "aliases", "usercatalogs", "softwareinstances", "volumes"):
            report.add(f, "/" + key, "not an inventory field")
    for i, ds in enumerate(inv.get("datasets") or []):
        check_dsn(report, f, f"/datasets/{i}/dsname", ds.get("dsname"))
        for j, v in enumerate(ds.get("volumes") or []):
            if not VOLSER.match(v):
                report.add(f, f"/datasets/{i}/volumes/{j}", "a volume serial is 1-6 characters")
        if ds.get("catalog") is not None:
            check_dsn(report, f, f"/datasets/{i}/catalog", ds["catalog"])
    for i, a in enumerate(inv.get("aliases") or []):
        if not QUALIFIER.match(a.get("name", "")):
            report.add(f, f"/aliases/{i}/name", "an alias here is one qualifier")
        check_dsn(report, f, f"/aliases/{i}/catalog", a.get("catalog"))
    for i, c in enumerate(inv.get("usercatalogs") or []):
        check_dsn(report, f, f"/usercatalogs/{i}", c)
    for i, v in enumerate(inv.get("volumes") or []):
        if not VOLSER.match(v.get("volume", "")):
            report.add(f, f"/volumes/{i}/volume", "a volume serial is 1-6 characters")
        if ("tracks" in v) == ("devicetype" in v):
            report.add(f, f"/volumes/{i}", "either tracks or devicetype")
        elif "tracks" in v and (not isinstance(v["tracks"], int) or v["tracks"] <= 0):
            report.add(f, f"/volumes/{i}/tracks", "a positive whole number")
        elif "devicetype" in v and v["devicetype"] not in TRACKS_3390:
            report.add(f, f"/volumes/{i}/devicetype", f"one of {sorted(TRACKS_3390)}")


def check_collisions(report, inv, planned, mcat):
    existing = {}
    for ds in inv.get("datasets") or []:
        existing.setdefault(ds["dsname"], []).append(ds)
    sources = {p[0] for p in planned}
    for src, final, temporary, tvols in planned:
        names = [(temporary, True)] if temporary != final else []
        if not (mcat is None and final in sources):
            names.append((final, mcat is None))
        for name, cataloged_here in names:
            for ds in existing.get(name, []):
                if set(ds.get("volumes") or []) & set(tvols):
                    report.add("inventory.json", "/datasets", f"{name} already exists on a target volume")
                elif cataloged_here and ds.get("catalog"):
                    report.add("inventory.json", "/datasets", f"{name} is already cataloged in {ds['catalog']}")
    if mcat:
        for a in inv.get("aliases") or []:
            if a.get("name") == mcat.get("tempcatalias"):
                report.add("inventory.json", "/aliases", f"tempcatalias {a['name']} is already defined")
        if mcat.get("name") in (inv.get("usercatalogs") or []) or mcat.get("name") in existing:
            report.add("inventory.json", "/usercatalogs", f"master catalog {mcat['name']} already exists")


# ------------------------------------------------------------------------------------------ main
def load(report, path, file):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as e:
        report.add(file, "", f"not readable JSON: {e}")
        return None


def check_scenario(scenario):
    report = Report(scenario)
    base = os.path.join(HERE, scenario)
    descriptor = load(report, os.path.join(base, "descriptor.json"), "descriptor.json")
    request = load(report, os.path.join(base, "request.json"), "request.json")
    inventory = None
    if os.path.exists(os.path.join(base, "inventory.json")):
        inventory = load(report, os.path.join(base, "inventory.json"), "inventory.json")
    if descriptor is None or request is None:
        return report
    check_request(report, request, scenario)
    d = check_descriptor(report, descriptor, (request.get("source") or {}).get("type"))
    if inventory is not None:
        check_inventory(report, inventory)
    if d is not None:
        if (request.get("source") or {}).get("name") != d.get("name"):
            report.add("request.json", "/source/name", f"the descriptor's instance is {d.get('name')}")
        check_plan(report, d, request, inventory)
    return report


def main(argv):
    scenarios = argv or sorted(
        e for e in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, e, "descriptor.json")))
    failed = 0
    for scenario in scenarios:
        report = check_scenario(scenario)
        for problem in report.problems:
            print(problem)
        failed += bool(report.problems)
        print(f"{scenario}: {'FAIL' if report.problems else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
