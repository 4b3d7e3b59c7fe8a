package dev.zdeploy.simulate;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A golden scenario rendered, with its members open to edits, for simulation tests. */
final class Scenario {

    final Inputs inputs;
    final DeploymentPlan plan;
    final Deployment deployment;
    final Map<String, String> members;

    private Scenario(Inputs inputs, Deployment deployment) {
        this.inputs = inputs;
        this.plan = deployment.plan();
        this.deployment = deployment;
        this.members = new LinkedHashMap<>(deployment.members());
    }

    static Scenario golden(String name) {
        return golden(name, ZDeploy.create());
    }

    /** The scenario rendered by {@code zdeploy} (its own templates, say). */
    static Scenario golden(String name, ZDeploy zdeploy) {
        Path scenario = GoldenSimulationTest.project().resolve("golden").resolve(name);
        Path inventory = scenario.resolve("inventory.json");
        Inputs inputs = zdeploy.read(scenario.resolve("descriptor.json"), scenario.resolve("request.json"),
                Files.exists(inventory) ? inventory : null);
        return new Scenario(inputs, zdeploy.generate(inputs));
    }

    /** Inputs that are not a golden scenario (an example request, say), rendered by the shipped templates. */
    static Scenario of(Inputs inputs) {
        return new Scenario(inputs, ZDeploy.create().generate(inputs));
    }

    /** The member of job type {@code type} (CP, UC, RN...). */
    String member(String type) {
        return members.keySet().stream().filter(m -> m.endsWith(type)).findFirst().orElseThrow();
    }

    /** Edits the member of job type {@code type}; the edit must change it. */
    Scenario edit(String type, UnaryOperator<String> edit) {
        String name = member(type);
        String before = members.get(name);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new AssertionError("the edit of " + name + " changed nothing: the template changed; update the test");
        }
        members.put(name, after);
        return this;
    }

    /**
     * Replaces the member of job type {@code type} with the text the templates wrote before a fix, kept
     * under src/test/resources/simulate/{@code resource} (a member name of the old golden output).
     */
    Scenario old(String type, String resource) {
        String text;
        try (java.io.InputStream in = Scenario.class.getResourceAsStream("/simulate/" + resource)) {
            if (in == null) {
                throw new AssertionError("no test resource simulate/" + resource);
            }
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return edit(type, before -> text);
    }

    SystemState initialState() {
        return DrivingSystem.of(inputs, plan);
    }

    List<SimulationMember> simulationMembers() {
        List<SimulationMember> out = new ArrayList<>();
        for (SimulationMember m : Simulator.members(deployment.jobs().stream().map(j -> j.job()).toList(), members)) {
            out.add(m);
        }
        return out;
    }

    SimulationReport simulate(SystemState initial, List<Fault> faults) {
        return new Simulator().run(inputs, plan, simulationMembers(), initial, faults);
    }

    SimulationReport simulate() {
        return simulate(null, List.of());
    }
}
