%% What OTP's libraries ask the runtime: erlang:system_info/1, system_flag/2,
%% statistics/1, memory/0,1, crc32/adler32, and string's native number parsers.
-module(otp_os_runtime).
-export([main/0]).

main() ->
    Release = erlang:system_info(otp_release),
    Version = erlang:system_info(version),
    SystemVersion = erlang:system_info(system_version),
    Prefix = "Erlang/OTP " ++ Release ++ " [erts-" ++ Version ++ "]",
    Fixed = [{K, erlang:system_info(K)}
             || K <- [wordsize, machine, emu_flavor, emu_type, build_type, kernel_poll, thread_pool_size,
                      hipe_architecture, smp_support, threads, endian, debug_compiled, lock_checking,
                      heap_type, os_type, atom_limit, port_limit, ets_limit, process_limit, compat_rel,
                      driver_version, nif_version, creation, fullsweep_after, min_heap_size,
                      min_bin_vheap_size, max_heap_size, message_queue_data, dist_ctrl, trace_control_word,
                      time_warp_mode, dynamic_trace, dynamic_trace_probes, modified_timing_level,
                      multi_scheduling, multi_scheduling_blockers, scheduler_bind_type, system_architecture,
                      garbage_collection, dirty_io_schedulers, sequential_tracer, {wordsize, internal},
                      {wordsize, external}]],
    Counts = [is_integer(erlang:system_info(K)) andalso erlang:system_info(K) > 0
              || K <- [schedulers, schedulers_online, logical_processors, process_count, atom_count,
                       dirty_cpu_schedulers, scheduler_id]],
    OsVersion = erlang:system_info(os_version),
    InfoErrors = [catch_error(fun() -> erlang:system_info(K) end) || K <- [no_such_item, 42, {wordsize, other}]],
    Flags = [erlang:system_flag(backtrace_depth, 3), erlang:system_flag(backtrace_depth, 8),
             erlang:system_flag(schedulers_online, erlang:system_info(schedulers)) =:= erlang:system_info(schedulers),
             catch_error(fun() -> erlang:system_flag(backtrace_depth, -1) end),
             catch_error(fun() -> erlang:system_flag(no_such_flag, 1) end)],
    Depth = depth(),
    Stats = [stat_shape(erlang:statistics(K))
             || K <- [runtime, wall_clock, reductions, exact_reductions, run_queue, run_queue_lengths,
                      total_run_queue_lengths, active_tasks, total_active_tasks, context_switches,
                      garbage_collection, io]],
    StatErrors = catch_error(fun() -> erlang:statistics(no_such_statistic) end),
    Memory = erlang:memory(),
    MemoryKeys = [K || {K, _} <- Memory],
    MemoryOk = lists:all(fun({_, V}) -> is_integer(V) andalso V >= 0 end, Memory),
    MemoryOne = [is_integer(erlang:memory(total)), length(erlang:memory([total, processes]))],
    MemoryErrors = catch_error(fun() -> erlang:memory(nonsense) end),
    Data = <<"The quick brown fox jumps over the lazy dog">>,
    {A, B} = split_binary(Data, 10),
    Checksums = [erlang:crc32(Data), erlang:crc32(["The quick", [$\s | <<"brown">>], " fox jumps over the lazy dog"]),
                 erlang:crc32(erlang:crc32(A), B), erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), byte_size(B)),
                 erlang:crc32(<<>>), erlang:adler32(Data), erlang:adler32(erlang:adler32(A), B),
                 erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), byte_size(B)), erlang:adler32([]),
                 catch_error(fun() -> erlang:crc32(atom) end), catch_error(fun() -> erlang:crc32(-1, <<>>) end)],
    Ints = [string:list_to_integer(S) || S <- ["123abc", "-12", "+7x", "abc", "", "1.5",
                                                 "12345678901234567890123x", "--1", [$1 | $2]]],
    IntErrors = [string:list_to_integer(X) || X <- [<<"1">>, 1]],
    Floats = [string:list_to_float(S) || S <- ["1.5abc", "-1.5e3x", "1.5e", "1e5", "1.", ".5", "+2.0", "1.5E-2",
                                               "3.0e400", "12", "1.5e+3", [$1, $., $5 | a]]],
    FloatErrors = [string:list_to_float(X) || X <- [<<"1">>, 1]],
    [{release, lists:prefix(Prefix, SystemVersion), lists:last(SystemVersion)}, {fixed, Fixed}, {counts, Counts},
     {os_version, tuple_size(OsVersion)}, {info_errors, InfoErrors}, {flags, Flags}, {depth, Depth},
     {statistics, Stats, StatErrors}, {memory, MemoryKeys, MemoryOk, MemoryOne, MemoryErrors},
     {checksums, Checksums}, {list_to_integer, Ints, IntErrors}, {list_to_float, Floats, FloatErrors}].

%% A stack trace recorded with backtrace_depth 3 has three frames.
depth() ->
    Old = erlang:system_flag(backtrace_depth, 3),
    Frames = try deep(10) catch error:_:Stack -> length(Stack) end,
    erlang:system_flag(backtrace_depth, Old),
    Frames.

deep(0) -> erlang:error(bottom);
deep(N) -> [deep(N - 1)].

stat_shape({X, Y}) when is_integer(X), is_integer(Y) -> pair;
stat_shape({{input, X}, {output, Y}}) when is_integer(X), is_integer(Y) -> io;
stat_shape({X, Y, Z}) when is_integer(X), is_integer(Y), is_integer(Z) -> triple;
stat_shape(X) when is_integer(X) -> integer;
stat_shape(L) when is_list(L) -> lists:all(fun is_integer/1, L);
stat_shape(Other) -> Other.

catch_error(F) ->
    try F() catch error:Reason -> {error, Reason} end.
