import Foundation
import Testing

@testable import OuroHUD

@Suite struct SignalPipeTests {
    @Test func signalsArriveAsBytesOnThePipe() throws {
        do {
            let pipe = try SignalPipe([.resume])
            #expect(throws: SignalPipe.Failure.alreadyInstalled) { try SignalPipe([.resume]) }
            #expect(pipe.pending().isEmpty)
            kill(getpid(), SIGCONT)
            kill(getpid(), SIGCONT)
            var poller = pollfd(fd: pipe.fileDescriptor, events: Int16(POLLIN), revents: 0)
            #expect(poll(&poller, 1, 1000) == 1)
            #expect(pipe.pending() == [.resume])
            #expect(pipe.pending().isEmpty)
        }
        // Once released, another pipe can be installed.
        _ = try SignalPipe([.resume])
    }

    @Test func signalNumbersAndExitStatus() {
        #expect(TerminalSignal(number: SIGINT) == .interrupt)
        #expect(TerminalSignal(number: SIGTSTP) == .suspend)
        #expect(TerminalSignal(number: SIGUSR1) == nil)
        #expect(TerminalSignal.interrupt.exitStatus == 130)
        #expect(TerminalSignal.terminate.exitStatus == 143)
        #expect(TerminalSignal.hangup.endsProgram)
        #expect(!TerminalSignal.suspend.endsProgram)
    }

    /// Ctrl-\ (SIGQUIT) and SIGPIPE end the HUD through the pipe, with the terminal restored,
    /// like SIGTERM: 131 and 141, as a shell reports them.
    @Test func quitAndBrokenPipeEndTheProgram() {
        #expect(TerminalSignal(number: SIGQUIT)?.endsProgram == true)
        #expect(TerminalSignal(number: SIGPIPE)?.endsProgram == true)
        #expect(TerminalSignal(number: SIGQUIT)?.exitStatus == 131)
        #expect(TerminalSignal(number: SIGPIPE)?.exitStatus == 141)
    }
}
