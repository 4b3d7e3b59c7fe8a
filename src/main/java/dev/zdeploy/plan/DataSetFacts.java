package dev.zdeploy.plan;

import dev.zdeploy.request.SourceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the jobs ask of a plan's data sets one question each, gathered in one pass over the data sets
 * instead of one pass per question (RA's source qualifiers, RN's possibly allocated final names, CP's and
 * UZ's assigned storage classes, PF's and RN's SMS catalog question, PF's SMS-managed names, the global
 * CSI of UC, VF and DA, the IPL text of the job planner and IP): at a million data sets each pass walked
 * every data set again (issue 13).
 */
final class DataSetFacts {

    final Set<String> sourceQualifiers;
    final List<String> finalNamesPossiblyAllocated;
    final List<String> assignedStorageClasses;
    final boolean namesCatalogOfSmsManagedDataSets;
    final List<String> smsManagedNames;
    final List<TargetDataSet> globalCsiDataSets;
    final TargetDataSet nucleus;
    final TargetDataSet samplib;

    private DataSetFacts(Set<String> sourceQualifiers, List<String> finalNamesPossiblyAllocated,
            List<String> assignedStorageClasses, boolean namesCatalogOfSmsManagedDataSets, List<String> smsManagedNames,
            List<TargetDataSet> globalCsiDataSets, TargetDataSet nucleus, TargetDataSet samplib) {
        this.sourceQualifiers = sourceQualifiers;
        this.finalNamesPossiblyAllocated = finalNamesPossiblyAllocated;
        this.assignedStorageClasses = assignedStorageClasses;
        this.namesCatalogOfSmsManagedDataSets = namesCatalogOfSmsManagedDataSets;
        this.smsManagedNames = smsManagedNames;
        this.globalCsiDataSets = globalCsiDataSets;
        this.nucleus = nucleus;
        this.samplib = samplib;
    }

    static DataSetFacts of(List<TargetDataSet> datasets, SourceType sourceType, String globalZoneCsi) {
        Set<String> sourceQualifiers = new HashSet<>();
        List<String> possiblyAllocated = new ArrayList<>();
        Set<String> storageClasses = new LinkedHashSet<>();
        boolean smsCatalog = false;
        List<String> smsNames = new ArrayList<>();
        List<TargetDataSet> globalCsi = new ArrayList<>(1);
        TargetDataSet nucleus = null;
        TargetDataSet samplib = null;
        String lastQualifier = "";
        for (TargetDataSet ds : datasets) {
            String sourceName = ds.sourceName();
            String name = ds.name();
            // Neighbours mostly share their qualifier: no new string and no set lookup for it again.
            boolean sameQualifier = !lastQualifier.isEmpty() && sourceName.length() > lastQualifier.length()
                    && sourceName.charAt(lastQualifier.length()) == '.' && sourceName.startsWith(lastQualifier);
            if (!sameQualifier) {
                // A name of one qualifier is its own (as PlanBuilder's qualifiers of the final names).
                int dot = sourceName.indexOf('.');
                lastQualifier = dot < 0 ? sourceName : sourceName.substring(0, dot);
                sourceQualifiers.add(lastQualifier);
            }
            boolean vsamCluster = ds.isVsamCluster();
            if (ds.needsRename() && !vsamCluster
                    && (name.startsWith("SYS1.") || (sourceType == SourceType.SWI && name.equals(sourceName)))) {
                possiblyAllocated.add(name);
            }
            if (ds.storclasAssigned()) {
                storageClasses.add(ds.storclas());
            }
            boolean sms = ds.isSmsManaged();
            if (sms) {
                smsCatalog |= ds.catalog() != null;
                smsNames.add(name);
            }
            if (name.equals(globalZoneCsi)) {
                globalCsi.add(ds);
            }
            if (name.equals(IplText.NUCLEUS) && IplText.IPL_VOLUME_SYMBOL.equals(ds.indirectcatalogsymbol())
                    && ds.volumes().size() == 1) {
                nucleus = ds;
            } else if (name.equals(IplText.SAMPLIB) && !vsamCluster && !sms) {
                samplib = ds;
            }
        }
        return new DataSetFacts(sourceQualifiers, List.copyOf(possiblyAllocated), java.util.Collections.unmodifiableList(new ArrayList<>(storageClasses)),
                smsCatalog, List.copyOf(smsNames), List.copyOf(globalCsi), nucleus, samplib);
    }
}
