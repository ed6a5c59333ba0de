extension HUDRenderer {
    /// One line in the middle row: the kind and the time left, with as much as fits.
    func drawTiny(_ scene: Scene, into frame: inout Frame) {
        let kind = scene.state.kind
        var candidates = [
            "\(kind.label) \(scene.timeText)", "\(kind.shortLabel) \(scene.timeText)",
            scene.timeText,
        ]
        if !scene.until.isEmpty {
            candidates.insert("\(kind.label) \(scene.timeText) \(scene.until)", at: 0)
        }
        let text = glyphs.fitting(candidates, in: frame.width)
        frame.write(
            text, row: frame.height / 2, column: 0, role: scene.elapsedRole,
            shade: scene.readableShade)
    }
}
