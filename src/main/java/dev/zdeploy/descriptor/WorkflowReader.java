package dev.zdeploy.descriptor;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the descriptor carries for workflows: {@code workflows} (version 4+),
 * {@code datasetproperties} and {@code productproperties} (5+), {@code datasetpropertylabels} (7+).
 */
final class WorkflowReader {

    private WorkflowReader() {}

    static List<Workflow> workflows(JsonCursor list) {
        List<Workflow> workflows = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            JsonCursor location = entry.field("location");
            WorkflowLocation where = null;
            if (location.expectObject()) {
                where = new WorkflowLocation(
                        location.field("smptype").text(),
                        location.field("smpname").text(),
                        location.field("dsname").text(NameRules::dataSetNameWithMember),
                        location.field("path").text(NameRules::unixPath));
            }
            workflows.add(new Workflow(
                    entry.field("name").text(),
                    entry.field("description").text(),
                    where,
                    entry.field("performonhostsystem").flag(true)));
        }
        return workflows;
    }

    static List<DataSetProperty> dataSetProperties(JsonCursor list) {
        List<DataSetProperty> properties = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            properties.add(new DataSetProperty(
                    entry.field("dddefname").text(),
                    entry.field("zone").text(),
                    entry.field("dsname").text(NameRules::dataSetName),
                    entry.field("volume").text(NameRules::volumeSerial),
                    entry.field("dstype").text(),
                    keyValues(entry.field("properties"))));
        }
        return properties;
    }

    static List<DataSetPropertyLabel> labels(JsonCursor list) {
        List<DataSetPropertyLabel> labels = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            labels.add(new DataSetPropertyLabel(entry.field("propertyname").text(), entry.field("label").text()));
        }
        return labels;
    }

    static List<ProductProperty> productProperties(JsonCursor list) {
        List<ProductProperty> properties = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            properties.add(new ProductProperty(
                    entry.field("prodid").text(),
                    entry.field("release").text(),
                    entry.field("prodname").text(),
                    keyValues(entry.field("properties"))));
        }
        return properties;
    }

    /** {@code [{"key":"value"}]}: each entry an object of string values (numbers are taken as text). */
    private static List<Map<String, String>> keyValues(JsonCursor list) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : entry.fieldNames()) {
                JsonCursor value = entry.field(key);
                String text = value.isPresent() && value.isScalar() ? value.scalarText() : null;
                if (text == null) {
                    value.error("a property value is a string", value.shown());
                } else {
                    values.put(key, text);
                }
            }
            entries.add(values);
        }
        return entries;
    }
}
