package dev.zdeploy.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of a {@link SystemState}: what {@code zdeploy simulate --state-out} writes and
 * {@code --state} reads. Maps are written in key order, so the same state gives the same bytes.
 */
public final class StateJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The largest state file {@code --state} reads (as large as an inventory may be: README, Limits). */
    public static final long MAX_STATE_BYTES = dev.zdeploy.json.InputLimits.MAX_INVENTORY_BYTES;

    private StateJson() {}

    public static String write(SystemState state) {
        try {
            return MAPPER.writeValueAsString(state).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state cannot be written as JSON", e);
        }
    }

    /**
     * Reads a state.
     *
     * @throws IllegalArgumentException the text is not a state; the message says where
     */
    public static SystemState read(String json) {
        try {
            SystemState state = MAPPER.readValue(json, SystemState.class);
            if (state.masterCatalog == null || state.catalogs.get(state.masterCatalog) == null) {
                throw new IllegalArgumentException("the state names no master catalog among its catalogs"
                        + " (/masterCatalog)");
            }
            if (state.iplVolume == null || !state.volumes.containsKey(state.iplVolume)) {
                throw new IllegalArgumentException("the state's iplVolume is not one of its volumes (/iplVolume)");
            }
            return state;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a simulation state: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
    }
}
