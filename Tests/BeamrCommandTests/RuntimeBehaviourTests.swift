import BeamTestSupport
import Foundation
import Testing

/// What the runtime does with resources, beyond the output of a program: memory stays
/// flat under garbage, an idle VM sleeps, and processes share the schedulers fairly and
/// safely however often they run.
@Suite struct RuntimeBehaviourTests {
    static func fixture(_ name: String) -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent("Fixtures/otp25/\(name)/\(name).beam").path
    }

    @Test func garbageKeepsMemoryFlat() throws {
        try #require(BeamrProcess.isAvailable)
        // About 1.2 GB of short-lived terms; the live set is a few words.
        let usage = try MeasuredRun.run(["run", Self.fixture("gc_gigabytes")])
        #expect(usage.status == 0)
        #expect(usage.stdout == "90000000\n")
        #expect(usage.maxResidentKilobytes > 0)
        #expect(usage.maxResidentKilobytes < 64 * 1024, "peak RSS \(usage.maxResidentKilobytes) KB")
    }

    @Test func consumedMessagesKeepMemoryFlat() throws {
        try #require(BeamrProcess.isAvailable)
        // A million messages in rounds of 10,000: at most one round is ever queued.
        let usage = try MeasuredRun.run(["run", Self.fixture("proc_message_flood")])
        #expect(usage.stdout == "{1000000,50999965}\n")
        #expect(usage.maxResidentKilobytes > 0)
        #expect(usage.maxResidentKilobytes < 64 * 1024, "peak RSS \(usage.maxResidentKilobytes) KB")
    }

    @Test func tenMillionElementList() throws {
        try #require(BeamrProcess.isAvailable)
        let usage = try MeasuredRun.run(["run", Self.fixture("list_ten_million")])
        #expect(usage.stdout == "{10000000,50000005000000,1,10000000}\n")
    }

    @Test func idleWaitDoesNotSpin() throws {
        try #require(BeamrProcess.isAvailable)
        let usage = try MeasuredRun.run(["run", Self.fixture("proc_idle_wait")])
        #expect(usage.stdout == "waited\n")
        // Under 5% of one core over the three seconds.
        #expect(usage.cpuSeconds < 0.15, "used \(usage.cpuSeconds) s of CPU while waiting")
    }

    @Test func spinnersDoNotStarveOnOneScheduler() throws {
        try #require(BeamrProcess.isAvailable)
        let result = try BeamrProcess.run(["run", "--schedulers", "1", Self.fixture("proc_fairness")], timeout: .seconds(120))
        #expect(result.stdout == "done\n")
        #expect(result.status == 0)
    }

    /// Races between sends, wake-ups, exits and timers show up as lost messages, hangs or
    /// crashes only now and then: run the stress programs many times, on one and on
    /// several schedulers.
    @Test(arguments: ["proc_many_senders", "proc_ring", "proc_exits", "proc_links", "proc_monitors", "proc_timers"])
    func stressProgramsAreStable(_ name: String) throws {
        try #require(BeamrProcess.isAvailable)
        let expected = try String(contentsOfFile: Self.fixture(name).replacingOccurrences(of: "\(name).beam", with: "expected.stdout"),
                                  encoding: .utf8)
        let runs = Int(ProcessInfo.processInfo.environment["BEAMR_STRESS_RUNS"] ?? "") ?? 3
        for run in 0..<runs {
            for schedulers in ["1", "4"] {
                let result = try BeamrProcess.run(["run", "--schedulers", schedulers, Self.fixture(name)], timeout: .seconds(120))
                #expect(result.stdout == expected && result.status == 0,
                        "\(name) run \(run) on \(schedulers) schedulers: status \(result.status), \(result.stderr)")
            }
        }
    }
}
