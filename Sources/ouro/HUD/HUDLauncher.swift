import OuroHUD
import OuroStore

/// Starts the HUD; the one function the HUD's engineer replaces when the HUD lands.
enum HUDLauncher {
    /// Opens the HUD with `options` on the store `context` names.
    static func run(options: HUDOptions, context: CommandContext) throws {
        let store = try context.openStore()
        try context.update(in: store) { _, _ in }
        print("ouro 0.1.0 (sqlite \(SQLiteLibrary.version), \(CursesLibrary.version))")
        print("The HUD is not built yet; data in \(store.database.path).")
    }
}
