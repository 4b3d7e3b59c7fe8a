package dev.zdeploy.jcl;

/** A data set name without member, valid by construction. */
public record DataSetName(String value) {
    public DataSetName {
        JclSyntaxException.requireValid(NameRules.dataSetName(value), value);
    }

    public static DataSetName of(String value) {
        return new DataSetName(value);
    }

    public String highLevelQualifier() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    @Override
    public String toString() {
        return value;
    }
}
