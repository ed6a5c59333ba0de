import ArgumentParser
import OuroHUD
import OuroStore

/// The `ouro` command: a pomodoro timer that is always running during your work hours.
@main
struct Ouro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ouro",
        abstract: "A terminal pomodoro timer for time blindness.",
        version: "0.1.0"
    )

    mutating func run() throws {
        print("ouro 0.1.0 (sqlite \(SQLiteLibrary.version), \(CursesLibrary.version))")
        print("The HUD is not built yet.")
    }
}
