package dev.zdeploy.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryReaderTest {

    @Test
    void readsEveryList() {
        Inventory inventory = InventoryReader.read("inventory.json", """
                {"datasets":[{"dsname":"SYS1.LINKLIB","volumes":["RES001"],"catalog":"CATALOG.MASTER"},
                             {"dsname":"OLD.UNCAT"}],
                 "aliases":[{"name":"SYSPROG","catalog":"CATALOG.USER1"}],
                 "usercatalogs":["CATALOG.USER1"],
                 "softwareinstances":["zos24","zos24_1"],
                 "volumes":[{"volume":"TGT001","devicetype":"3390-27"},{"volume":"TGT002","tracks":"150255"}]}
                """);
        assertEquals(new ExistingDataSet("SYS1.LINKLIB", List.of("RES001"), "CATALOG.MASTER"), inventory.datasets().get(0));
        assertNull(inventory.datasets().get(1).catalog());
        assertEquals(new CatalogAlias("SYSPROG", "CATALOG.USER1"), inventory.aliases().get(0));
        assertEquals(List.of("CATALOG.USER1"), inventory.usercatalogs());
        assertEquals(List.of("zos24", "zos24_1"), inventory.softwareinstances());
        assertEquals(32_760L * 15, inventory.volumes().get(0).capacityTracks());
        assertEquals(150_255L, inventory.volumes().get(1).capacityTracks());
    }

    @Test
    void anEmptyObjectIsAnEmptyInventory() {
        assertEquals(Inventory.EMPTY, InventoryReader.read("inventory.json", "{}"));
    }
}
