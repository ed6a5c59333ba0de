import OuroCore
import Testing

@Suite struct OuroCoreModuleTests {
    @Test func moduleLinks() {
        #expect(String(describing: OuroCoreModule.self) == "OuroCoreModule")
    }
}
