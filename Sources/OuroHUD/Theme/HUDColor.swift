/// The HUD's named colours and their shades on each kind of terminal.
enum HUDColor: CaseIterable, Hashable, Sendable {
    case red, darkGrey, green, blue, lightGrey, lightPurple, darkPurple, yellow, orange

    /// xterm-256 colour numbers for the dim, normal and bright shade.
    ///
    /// Each ramp keeps the hue and climbs in lightness, so a pulse reads as the same colour
    /// swelling rather than a change of colour.
    var ramp: [Int16] {
        switch self {
        case .red: [88, 160, 196]
        case .darkGrey: [236, 239, 242]
        case .green: [22, 34, 46]
        case .blue: [24, 31, 39]
        case .lightGrey: [245, 250, 255]
        case .lightPurple: [97, 141, 183]
        case .darkPurple: [53, 54, 91]
        case .yellow: [136, 178, 220]
        case .orange: [130, 166, 208]
        }
    }

    /// The nearest of the eight ANSI colours.
    var ansi: Int16 {
        switch self {
        case .red, .orange: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .lightPurple, .darkPurple: 5
        case .darkGrey, .lightGrey: 7
        }
    }

    /// Whether the colour is a dark one, drawn a shade lower where only attributes exist.
    var isDark: Bool { self == .darkGrey || self == .darkPurple }
}
