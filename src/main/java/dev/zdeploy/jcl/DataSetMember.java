package dev.zdeploy.jcl;

/** A data set name with a member, {@code DSN(MEMBER)}, valid by construction. */
public record DataSetMember(DataSetName dataSet, MemberName member) {
    public static DataSetMember of(String dataSet, String member) {
        return new DataSetMember(DataSetName.of(dataSet), MemberName.of(member));
    }

    @Override
    public String toString() {
        return dataSet + "(" + member + ")";
    }
}
