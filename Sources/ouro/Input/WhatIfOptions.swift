import ArgumentParser

/// `--at TIME`, the read-only what-if `status`, `score` and `sessions` share.
struct WhatIfOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Show what it would be at this time, saving nothing (epoch seconds or ISO 8601 "
                + "with an offset).", valueName: "time"),
        transform: { try WhatIfTime(parsing: $0) })
    var at: WhatIfTime?
}
