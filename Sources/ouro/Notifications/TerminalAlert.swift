import OuroCore
import OuroStore
import TimerTree

/// The bytes the HUD writes to its own terminal when an interval starts: the bell, then an
/// OSC 777 and an OSC 9 notification (terminals show whichever they understand and ignore
/// the other).
enum TerminalAlert {
    /// The text to write for `event` (nil for events that notify nothing, or when
    /// `settings` turns both the bell and OSC off).
    ///
    /// Call it for each event of a committed run, in order; write the result straight to
    /// the terminal (outside curses' buffer), then refresh.
    static func text(
        for event: NexusEvent, in model: Nexus, zone: Zone, settings: NotificationSettings
    ) -> String? {
        guard settings.bell || settings.osc,
            let start = OutboxEvent.hookEvents(for: event, in: model).first(where: {
                $0.name == "interval-start"
            })
        else { return nil }
        return text(for: NotificationText(start, zone: zone), settings: settings)
    }

    /// The bell and OSC sequences for `notification`, as `settings` allows.
    static func text(for notification: NotificationText, settings: NotificationSettings) -> String {
        var out = settings.bell ? "\u{07}" : ""
        if settings.osc {
            let title = safe(notification.title)
            let body = safe(notification.body)
            out += "\u{1B}]777;notify;\(title);\(body)\u{07}"
            out += "\u{1B}]9;\(title): \(body)\u{07}"
        }
        return out
    }

    /// `text` without control characters (which would end the sequence early) or the `;`
    /// OSC 777 separates fields with.
    private static func safe(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == ";"
                    ? " " : Character(scalar)
            })
    }
}
