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
