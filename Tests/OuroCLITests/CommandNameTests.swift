import ArgumentParser
import Testing

@testable import ouro

/// Every command spells out its name. Left out, ArgumentParser derives it with
/// `String(describing:)` on the command's type, whose dynamic casts search every protocol
/// conformance in the binary: 13 M of the 22 M instructions a parsed command took to start.
@Suite struct CommandNameTests {
    /// The command tree below `ouro`, depth first.
    private static func commands(
        under command: any ParsableCommand.Type
    ) -> [any ParsableCommand.Type] {
        command.configuration.subcommands.flatMap { [$0] + commands(under: $0) }
    }

    @Test func everyCommandNamesItself() {
        let unnamed = Self.commands(under: Ouro.self)
            .filter { $0.configuration.commandName == nil }
            .map { "\($0)" }
        #expect(unnamed == [])
    }

    @Test func theNamesAreTheOnesTheSpecUses() {
        let names = Ouro.configuration.subcommands.map { $0.configuration.commandName }
        #expect(
            names == [
                "hud", "status", "intend", "start", "evaluate", "abandon", "estimate",
                "intentions", "log", "score", "hours", "session", "sessions", "watch", "settings",
            ])
        #expect(
            Hours.configuration.subcommands.map { $0.configuration.commandName }
                == ["list", "set", "add", "clear"])
    }
}
