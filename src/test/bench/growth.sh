#!/bin/bash
# Per-data-set cost growth of the in-process render, 1,000 against 1,000,000 data sets, measured in
# interleaved rounds (1k, then 1M, then 1k again ...) so that the load of a shared machine falls on both
# sizes alike; one JMH run per size and round, of PipelineBenchmark.planAndRender (every member and the
# manifest held) and planAndStream (each member handed on). Prints each round's scores and ratios.
#
#   src/test/bench/growth.sh ROUNDS [JVM options ...]      e.g. growth.sh 3 -XX:+UseSerialGC
#
# Needs target/bench.cp (README, "Benchmarks") and about 3.5 minutes per round; run it on a quiet machine.
set -u
rounds=${1:?usage: growth.sh ROUNDS [JVM options ...]}
shift
options="$*"
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
score() { # benchmark datasets heap
    java -cp "$cp" org.openjdk.jmh.Main "PipelineBenchmark.$1\$" -f 1 "${@:4}" -p datasets="$2" \
        -jvmArgs "$3 $options" 2>/dev/null | awk -v b="PipelineBenchmark.$1" '$1 == b { print $5 }'
}
for round in $(seq "$rounds"); do
    for benchmark in planAndRender planAndStream; do
        small=$(score "$benchmark" 1000 -Xmx6g -wi 8 -i 5 -w 2 -r 3)
        large=$(score "$benchmark" 1000000 -Xmx12g -wi 3 -i 6 -w 1 -r 1)
        awk -v r="$round" -v b="$benchmark" -v s="$small" -v l="$large" 'BEGIN {
            if (s == "" || l == "") { printf "round %d %s: no score (see the JMH output)\n", r, b; exit 1 }
            printf "round %d %-13s 1k %.2f us/ds, 1M %.2f us/ds, growth %.2fx\n", r, b, s, l / 1000, l / 1000 / s }'
    done
done
