package dev.zdeploy.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Passwords, checked by value through the whole command line: requests carrying a password in any
 * spelling and shape ({@link SecretRequest}), mutated, must never show it ({@link SecretOracle}).
 * {@code mvn test} runs a fixed sample (it held four leaks before masking went by meaning); {@code mvn test -Plong} thousands of seeded cases;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SecretsFuzzTest} fuzzes.
 */
class SecretsFuzzTest {

    @Tag("long")
    @FuzzTest(maxDuration = "120s")
    void aPasswordHoweverWrittenNeverShows(FuzzedDataProvider data) {
        SecretRequest request = SecretRequest.generate(data::consumeInt);
        SecretOracle.assertNeverShown(request.text(), request.secret());
    }

    static Stream<Long> sample() {
        return LongStream.rangeClosed(1, 16).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("sample")
    void aSampleOfPasswordsNeverShows(long seed) {
        Random random = new Random(seed);
        SecretRequest request = SecretRequest.generate((min, max) -> min + random.nextInt(max - min + 1));
        SecretOracle.assertNeverShown(request.text(), request.secret());
    }

    @Tag("long")
    @Test
    void thousandsOfPasswordsNeverShow() {
        Random random = new Random(20261130L);
        IntStream.range(0, 1000).forEach(i -> {
            SecretRequest request = SecretRequest.generate((min, max) -> min + random.nextInt(max - min + 1));
            SecretOracle.assertNeverShown(request.text(), request.secret());
        });
    }
}
