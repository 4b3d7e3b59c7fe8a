#!/usr/bin/env python3
"""A synthetic z/OS software instance of N data sets for the CLI benchmarks (issue 13).

Takes the built-in example (descriptor and request) and adds N - 22 SMP/E libraries, half target
and half distribution libraries with a DDDEF in their zone each, 200 to a source volume, spread over
one target volume per 400 data sets.

    python3 src/test/bench/instance.py 500 target/bench/i500
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "..", "main", "resources", "dev", "zdeploy", "example")


def main(count, out):
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
        ds["volumes"] = ["X%05d" % (3 + i // 200)]
        zones = [{"zone": "XYZDLB", "dddefs": [{"dddef": qualifier, "path": None}]},
                 {"zone": "XYZTGT", "dddefs": [{"dddef": qualifier, "path": None}]}] if dlib else \
            [{"zone": "XYZTGT", "dddefs": [{"dddef": qualifier, "path": None}]}]
        ds["zonedddefs"] = zones
        ds["dscategory"] = ["DLIB"] if dlib else ["TARGET"]
        base.append(ds)
    volumes = 2 + (added + 199) // 200
    request["targetvolumes"] = [{"volume": "TM2R%02d" % (v + 1) if v < 2 else "T%05d" % (v + 1)}
                               for v in range(volumes)]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "descriptor.json"), "w") as f:
        json.dump(root, f, indent=1)
    with open(os.path.join(out, "request.json"), "w") as f:
        json.dump(request, f, indent=1)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
