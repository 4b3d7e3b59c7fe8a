package dev.zdeploy;

/** How rendered members are written. */
public enum OutputFormat {
    /** One file per member, named exactly the member name, beside {@code .zdeploy/manifest.json}. */
    PDS,
    /** One job that loads every member into the request's {@code jcldataset} with IEBUPDTE. */
    IEBUPDTE
}
