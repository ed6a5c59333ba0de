/// The HUD's colours, chosen from the terminal's ``ColorCapability``; a pure value.
///
/// Colours by interval (elapsed / remaining): start prompt red / dark grey, pomodoro green /
/// blue, break light grey / dark grey, grace period light purple / dark purple, idle dark
/// grey. With 256 colours every colour has its own dim, normal and bright shade; with
/// eight colours the shades are `A_DIM`, nothing and `A_BOLD`; monochrome uses the same
/// attributes without colour.
public struct Theme: Hashable, Sendable {
    /// The capability the theme was chosen for.
    public let capability: ColorCapability

    /// The theme for a capability.
    public init(capability: ColorCapability) {
        self.capability = capability
    }

    /// How a role is drawn at a shade.
    public func style(for role: ColorRole, shade: Shade) -> Style {
        guard let color = Self.color(of: role) else {
            return Style(attributes: Self.attributes(for: shade))
        }
        switch capability {
        case .extended:
            return Style(foreground: color.ramp[shade.rawValue])
        case .eight:
            return Style(
                foreground: color.ansi, attributes: Self.attributes(for: lowered(shade, color)))
        case .monochrome:
            return Style(attributes: Self.attributes(for: lowered(shade, color)))
        }
    }

    /// How a cell is drawn: its role's style plus the cell's own attributes.
    public func style(for cell: Cell) -> Style {
        var style = style(for: cell.role, shade: cell.shade)
        style.attributes.formUnion(cell.attributes)
        return style
    }

    /// Every foreground colour number the theme uses, ascending, for `init_pair`.
    public var colorNumbers: [Int16] {
        var numbers = Set<Int16>()
        for role in ColorRole.allCases {
            for shade in Shade.allCases {
                if let number = style(for: role, shade: shade).foreground { numbers.insert(number) }
            }
        }
        return numbers.sorted()
    }

    private func lowered(_ shade: Shade, _ color: HUDColor) -> Shade {
        color.isDark ? Shade(rawValue: max(0, shade.rawValue - 1)) ?? .dim : shade
    }

    private static func attributes(for shade: Shade) -> TextAttributes {
        switch shade {
        case .dim: .dim
        case .normal: []
        case .bright: .bold
        }
    }

    private static func color(of role: ColorRole) -> HUDColor? {
        switch role {
        case .plain: nil
        case .promptElapsed, .distracted: .red
        case .promptRemaining, .breakRemaining, .idle: .darkGrey
        case .pomodoroElapsed, .focused: .green
        case .pomodoroRemaining: .blue
        case .breakElapsed, .unevaluated: .lightGrey
        case .graceElapsed: .lightPurple
        case .graceRemaining: .darkPurple
        case .achieved: .yellow
        case .interrupted: .orange
        }
    }
}
