#!/usr/bin/env python3
"""A synthetic z/OS software instance of N data sets for the CLI benchmarks (issue 13).

Takes the built-in example (descriptor and request) and adds N - 22 SMP/E libraries, half target
and half distribution libraries with a DDDEF in their zone each, 200 to a source volume, spread over
one target volume per 400 data sets.

    python3 src/test/bench/instance.py 500 target/bench/i500
    python3 src/test/bench/instance.py 100000 target/bench/i100000v8 8   # at most 8 target volumes

The optional third argument caps the source and target volumes: jobs that name every target volume per
data set (PF's NORUN DUMP) grow with data sets x volumes, and the cap keeps such a job linear.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "..", "main", "resources", "dev", "zdeploy", "example")


def main(count, out, max_volumes=None):
    with open(os.path.join(EXAMPLE, "descriptor.json")) as f:
        root = json.load(f)
    with open(os.path.join(EXAMPLE, "request.json")) as f:
        request = json.load(f)
    d = root["izud.pswi.descriptor"]
    base = d["datasets"]
    template = next(ds for ds in base if ds["dsname"] == "XYZTM.SXYZMAC")
    added = max(0, count - len(base))
    for i in range(added):
        ds = copy.deepcopy(template)
        dlib = i % 2 == 1
        low = "A" if dlib else "S"
        qualifier = "%sX%06d" % (low, i)
        ds["dsname"] = "XYZTM.%s" % qualifier
        volume = i // 200 if max_volumes is None else (i // 200) % max(1, max_volumes - 2)
        ds["volumes"] = ["X%05d" % (3 + volume)]
        zones = [{"zone": "XYZDLB", "dddefs": [{"dddef": qualifier, "path": None}]},
                 {"zone": "XYZTGT", "dddefs": [{"dddef": qualifier, "path": None}]}] if dlib else \
            [{"zone": "XYZTGT", "dddefs": [{"dddef": qualifier, "path": None}]}]
        ds["zonedddefs"] = zones
        ds["dscategory"] = ["DLIB"] if dlib else ["TARGET"]
        base.append(ds)
    volumes = 2 + (added + 199) // 200
    if max_volumes is not None:
        volumes = min(volumes, max_volumes)
    request["targetvolumes"] = [{"volume": "TM2R%02d" % (v + 1) if v < 2 else "T%05d" % (v + 1)}
                               for v in range(volumes)]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "descriptor.json"), "w") as f:
        json.dump(root, f, indent=1)
    with open(os.path.join(out, "request.json"), "w") as f:
        json.dump(request, f, indent=1)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
