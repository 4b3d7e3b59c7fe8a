package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.GimunzipTags;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GIMUNZIP (SMP/E Reference, "GIMUNZIP service routine"; docs/manual-syntax.md 4): unzips the
 * archives its ARCHDEF tags name from the package directory (SMPDIR) through the work directory
 * (SMPWKDIR) into data sets (newname, or prefix + the archived name; on volume, else where SMS puts
 * it; cataloged by the standard search order) or, for a directory archive, into the directory
 * newname. Each ARCHDEF is a unit of work. An existing data set is replaced only with
 * replace="YES". Whether GIMUNZIP goes on after an archive fails is not in what we retrieved: the
 * simulator stops there (return code 12), leaving the archives before it unzipped.
 */
final class Gimunzip implements Program {

    private static final List<String> ATTRIBUTES = List.of("archid", "name", "newname", "prefix", "volume", "replace",
            "preserveid", "catalog", "storclas", "mgmtclas", "dataclas", "dsntype");

    /** The mount point whose file system holds {@code dir}, or null when no mount covers it. */
    private static String mountedAt(UnixView unix, String dir) {
        String best = null;
        for (String mountPoint : unix.mounts.keySet()) {
            if ((dir.equals(mountPoint) || dir.startsWith(mountPoint.endsWith("/") ? mountPoint : mountPoint + "/"))
                    && (best == null || mountPoint.length() > best.length())) {
                best = mountPoint;
            }
        }
        return best;
    }

    @Override
    public int run(Step step) {
        Dd smpdir = step.dd("SMPDIR");
        Dd work = step.dd("SMPWKDIR");
        if (smpdir == null || smpdir.path() == null) {
            step.message("GIM: GIMUNZIP needs SMPDIR DD PATH= (the package directory): return code 12");
            return 12;
        }
        String packageDir = UnixView.normal(smpdir.path());
        Map<String, PackageArchive> archives = step.state().packages.get(packageDir);
        if (archives == null) {
            step.message("GIM: " + packageDir + " holds no package: return code 12");
            return 12;
        }
        if (work != null && work.path() != null && !step.state().unix.directories.contains(UnixView.normal(work.path()))) {
            step.message("GIM: the work directory " + work.path() + " does not exist: return code 12");
            return 12;
        }
        // GIMUNZIP expands each archive "temporarily into a UNIX file system" (SMP/E Reference, "GIMUNZIP
        // processing") in a directory it makes in SMPWKDIR, else in SMPDIR (APAR IO19616): the room of a file
        // system the jobs did not mount (the driving system's /tmp, say) is not modelled.
        String workDir = UnixView.normal(work != null && work.path() != null ? work.path() : smpdir.path());
        if (mountedAt(step.state().unix, workDir) == null) {
            step.notModelled(work != null ? work.line() : smpdir.line(), "room for GIMUNZIP to expand archives in "
                    + workDir + ", on no file system the jobs mounted");
            return 12;
        }
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            return 12;
        }
        GimunzipTags.Result read = GimunzipTags.read(records);
        if (read.error() != null) {
            step.message("GIM: SYSIN: " + read.error() + ": return code 12");
            return 12;
        }
        boolean open = false;
        for (GimunzipTags.Tag tag : read.tags()) {
            switch (tag.name().toUpperCase(Locale.ROOT)) {
                case "GIMUNZIP" -> open = true;
                case "/GIMUNZIP" -> open = false;
                case "ARCHDEF" -> {
                    if (!open) {
                        step.message("GIM: ARCHDEF outside <GIMUNZIP>: return code 12");
                        return 12;
                    }
                    int rc = archdef(step, tag, archives);
                    if (rc != 0) {
                        return rc;
                    }
                }
                default -> {
                    step.notModelled(tag.line(), "GIMUNZIP tag " + tag.name());
                    return 12;
                }
            }
        }
        return 0;
    }

    private int archdef(Step step, GimunzipTags.Tag tag, Map<String, PackageArchive> archives) {
        Map<String, String> a = tag.attributes();
        for (String key : a.keySet()) {
            if (!ATTRIBUTES.contains(key)) {
                step.notModelled(tag.line(), "ARCHDEF attribute " + key);
                return 12;
            }
        }
        for (String key : List.of("name", "prefix", "storclas", "mgmtclas", "dataclas", "dsntype")) {
            if (a.containsKey(key)) {
                step.notModelled(tag.line(), "ARCHDEF attribute " + key);
                return 12;
            }
        }
        if (step.nextUnitFails()) {
            step.message("GIM: archive " + a.get("archid") + " failed (injected): return code 12");
            return 12;
        }
        PackageArchive archive = archives.get(a.get("archid"));
        if (archive == null) {
            step.message("GIM: archive " + a.get("archid") + " is not in the package: return code 12");
            return 12;
        }
        String newname = a.get("newname");
        if (newname == null) {
            step.message("GIM: ARCHDEF without newname: return code 12");
            return 12;
        }
        SystemState state = step.state();
        if ("TREE".equals(archive.kind)) {
            String dir = UnixView.normal(newname);
            if (!state.unix.directories.contains(dir)) {
                step.message("GIM: directory " + newname + " does not exist: return code 12");
                return 12;
            }
            String fs = state.unix.mounts.get(dir);
            if (fs == null) {
                step.message("GIM: " + archive.archid + " unzipped into " + dir + ", where no file system is mounted");
                step.change(archive.archid + " unzipped into " + dir + " (the file system holding it)");
                return 0;
            }
            Catalogs.Located located = step.catalogs().locateForAllocation(fs);
            DataSetBody body = located == null ? null : state.bodies.get(step.catalogs().bodyOf(located));
            if (body == null) {
                step.message("GIM: the file system mounted at " + dir + " cannot be found: return code 12");
                return 12;
            }
            body.origin = "archive:" + archive.archid;
            step.change(archive.archid + " unzipped into " + dir + " (" + fs + ")");
            return 0;
        }
        String name = newname.toUpperCase(Locale.ROOT);
        Catalogs catalogs = step.catalogs();
        Catalogs.Located existing = catalogs.locate(name, null);
        if (existing != null && !"YES".equalsIgnoreCase(a.get("replace"))) {
            step.message("GIM: " + name + " exists and replace=\"YES\" is not given: return code 12");
            return 12;
        }
        if (existing != null) {
            step.notModelled(tag.line(), "GIMUNZIP replacing the existing data set " + name);
            return 12;
        }
        String volser = a.get("volume") == null ? null : a.get("volume").toUpperCase(Locale.ROOT);
        boolean vsam = "CLUSTER".equals(archive.kind) || "LINEAR".equals(archive.kind);
        String dataName = vsam ? name + ".DATA" : name;
        String indexName = "CLUSTER".equals(archive.kind) ? name + ".INDEX" : null;
        Volume volume;
        if (volser != null) {
            volume = state.volumes.get(volser);
            if (volume == null) {
                step.message("GIM: volume " + volser + " is not online: return code 12");
                return 12;
            }
        } else {
            volume = state.volumes.values().stream().filter(v -> v.sms && v.fits(archive.tracks)).findFirst().orElse(null);
            if (volume == null) {
                step.message("GIM: no volume for " + name + " (no volume given and no SMS volume has room): return code 12");
                return 12;
            }
        }
        if (volume.vtoc.containsKey(dataName)) {
            step.message("GIM: " + dataName + " is already in the VTOC of " + volume.serial + ": return code 12");
            return 12;
        }
        if (!volume.fits(archive.tracks + (indexName == null ? 0 : 1))) {
            step.message("GIM: not enough space on " + volume.serial + " for " + name + ": return code 12");
            return 12;
        }
        DataSetBody body = state.newBody(archive.kind, "archive:" + archive.archid);
        body.csi = archive.csi == null ? null : archive.csi.copy();
        if ("LINEAR".equals(archive.kind)) {
            body.formatted = true;
        }
        volume.vtoc.put(dataName, new VtocEntry(dataName, body.id, archive.tracks));
        Catalog catalog = catalogs.defineCatalog(name);
        boolean sms = volser == null;
        if (vsam) {
            CatalogEntry cluster = new CatalogEntry(CatalogEntry.CLUSTER);
            cluster.data = dataName;
            cluster.index = indexName;
            cluster.sms = sms;
            catalog.entries.put(name, cluster);
            CatalogEntry data = CatalogEntry.component(CatalogEntry.DATA, name, List.of(volume.serial), body.id, sms);
            catalog.entries.put(dataName, data);
            if (indexName != null) {
                volume.vtoc.put(indexName, new VtocEntry(indexName, body.id, 1));
                CatalogEntry index = data.copy();
                index.type = CatalogEntry.INDEX;
                catalog.entries.put(indexName, index);
            }
        } else {
            CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
            entry.volumes.add(volume.serial);
            entry.deviceTypes.add("3390");
            entry.body = body.id;
            entry.sms = sms;
            catalog.entries.put(name, entry);
        }
        step.change(archive.archid + " unzipped to " + name + " on " + volume.serial + ", cataloged in " + catalog.name);
        return 0;
    }
}
