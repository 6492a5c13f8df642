%% The logger as OTP code uses it: logger's API and macros, error_logger, level
%% filtering, and the reports that gen_server, proc_lib, supervisor and the emulator
%% send when processes crash. The default handler is removed (it would print
%% asynchronously, with times and pids); a handler of this module's own sends every
%% event to the collecting process, which prints what is deterministic about it.
-module(otp_logger_capture).
-behaviour(gen_server).
-include_lib("kernel/include/logger.hrl").
-export([main/0, log/2]).
-export([init/1, handle_call/3, handle_cast/2, start_worker/0, worker/0]).

main() ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(capture, ?MODULE, #{config => #{collector => self()}}),
    #{level := Primary} = logger:get_primary_config(),
    io:format("primary level: ~p~n", [Primary]),

    section("logger API"),
    logger:error("plain ~p", [error]),
    logger:warning("a warning"),
    logger:notice("a notice: ~s", ["text"]),
    logger:info("filtered out"),
    logger:debug("filtered out too"),
    logger:error(#{what => report, count => 2}),
    logger:error([{key, value}, {other, 1}]),
    logger:log(critical, "with metadata", #{custom => 42}),
    logger:error("~p", [a_term], #{domain => [my, app]}),
    show(7),

    section("levels"),
    ok = logger:set_primary_config(level, info),
    logger:info("info passes at level info"),
    logger:debug("debug still filtered"),
    ok = logger:set_module_level(?MODULE, debug),
    ?LOG_DEBUG("module level ~p", [debug]),
    ok = logger:unset_module_level(?MODULE),
    ?LOG_DEBUG("module level unset"),
    ok = logger:set_primary_config(level, notice),
    ?LOG_INFO("info filtered again"),
    ?LOG_ERROR("macro with location"),
    ?LOG_WARNING(#{macro => report}),
    show(4),

    section("error_logger"),
    error_logger:error_msg("error_msg ~p~n", [1]),
    error_logger:error_msg("error_msg/1~n"),
    error_logger:warning_msg("warning_msg ~p~n", [2]),
    error_logger:info_msg("info_msg is a notice~n"),
    error_logger:error_report([{report, list}]),
    error_logger:error_report(my_type, [{typed, report}]),
    error_logger:info_report("info_report is a notice too"),
    show(7),

    section("gen_server crash"),
    {ok, Pid} = gen_server:start({local, crashing_server}, ?MODULE, [], []),
    try gen_server:call(Pid, crash)
    catch exit:{{{deliberate, crash}, _}, {gen_server, call, _}} -> ok
    end,
    show(2),

    section("process crash"),
    spawn(fun() -> erlang:error({uncaught, error}) end),
    show(1),
    spawn(fun() -> exit(plain_exit_is_not_reported) end),
    proc_lib:spawn(fun() -> exit({proc_lib, exit}) end),
    show(1),

    section("supervisor"),
    ok = logger:set_primary_config(level, info),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, capture_sup}, ?MODULE, supervisor),
    show(1),
    ok = logger:set_primary_config(level, notice),
    First = whereis(worker),
    First ! crash,
    show(1),
    wait_for_new_worker(First) ! crash,
    show(2),
    receive {'EXIT', Sup, Reason} -> io:format("supervisor exited: ~p~n", [Reason]) end,
    ok = logger:remove_handler(capture),
    logger:error("nobody hears this"),
    flush().

section(Title) -> io:format("== ~s~n", [Title]).

%% The handler: runs in the logging process.
log(Event, #{config := #{collector := Pid}}) -> Pid ! {logged, Event}.

%% Prints the next N events, in the order they arrive.
show(0) -> ok;
show(N) ->
    receive
        {logged, Event} -> print(Event), show(N - 1)
    after 5000 ->
        io:format("missing ~p event(s)~n", [N])
    end.

flush() ->
    receive {logged, Event} -> print(Event), flush()
    after 100 -> done
    end.

print(#{level := Level, msg := Msg, meta := Meta}) ->
    Domain = maps:get(domain, Meta, none),
    Tag = case Meta of
              #{error_logger := #{tag := T}} -> T;
              _ -> none
          end,
    Where = case Meta of
                #{mfa := {M, F, A}, line := _} -> io_lib:format(" at ~p:~p/~p", [M, F, A]);
                _ -> ""
            end,
    io:format("~0p ~0p ~0p~s~n  ~ts~n", [Level, Domain, Tag, Where, message(Msg, Meta)]),
    case maps:get(custom, Meta, none) of
        none -> ok;
        Custom -> io:format("  custom: ~p~n", [Custom])
    end.

%% The text of a message, with pids and run-dependent details left out.
message({string, String}, _) -> String;
message({report, #{label := {gen_server, terminate}} = R}, _) ->
    io_lib:format("gen_server terminate: name=~0p last_msg=~0p state=~0p reason=~0p",
                  [maps:get(name, R), maps:get(last_message, R), maps:get(state, R),
                   element(1, maps:get(reason, R))]);
message({report, #{label := {proc_lib, crash}, report := [Info, _Linked]}}, _) ->
    {Class, Reason, _Stack} = proplists:get_value(error_info, Info),
    io_lib:format("crash report: initial_call=~0p registered_name=~0p ~0p:~0p messages=~0p",
                  [proplists:get_value(initial_call, Info), proplists:get_value(registered_name, Info),
                   Class, Reason, proplists:get_value(messages, Info)]);
message({report, #{label := {supervisor, progress}, report := R}}, _) ->
    Started = proplists:get_value(started, R),
    io_lib:format("supervisor progress: ~0p started ~0p", [proplists:get_value(supervisor, R),
                                                       proplists:get_value(id, Started)]);
message({report, #{label := {supervisor, Kind}, report := R}}, _) ->
    Offender = proplists:get_value(offender, R),
    io_lib:format("supervisor ~0p: ~0p context=~0p reason=~0p child=~0p",
                  [Kind, proplists:get_value(supervisor, R), proplists:get_value(errorContext, R),
                   proplists:get_value(reason, R), proplists:get_value(id, Offender)]);
message({report, Report}, Meta) ->
    %% Reports without a label: through the report callback if one is set, else the
    %% default rendering of logger_formatter.
    Callback = maps:get(report_cb, Meta, fun logger:format_report/1),
    {Format, Args} = case erlang:fun_info(Callback, arity) of
                         {arity, 1} -> Callback(Report);
                         {arity, 2} -> {"~ts", [Callback(Report, #{depth => unlimited,
                                                                 chars_limit => unlimited,
                                                                 single_line => true})]}
                     end,
    io_lib:format(Format, Args);
message({Format, Args}, #{error_logger := #{emulator := true}}) ->
    [_Pid, Reason] = Args,
    io_lib:format("emulator: ~s~n  reason: ~0p", [Format, element(1, Reason)]);
message({Format, Args}, _) -> io_lib:format(Format, Args).

wait_for_new_worker(Old) ->
    case whereis(worker) of
        New when is_pid(New), New =/= Old -> New;
        _ -> timer:sleep(1), wait_for_new_worker(Old)
    end.

%% The crashing gen_server, and the supervisor.
init([]) -> {ok, initial_state};
init(supervisor) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 60},
          [#{id => worker, start => {?MODULE, start_worker, []}}]}}.
handle_call(crash, _From, _State) -> erlang:error({deliberate, crash}).
handle_cast(_, State) -> {noreply, State}.

%% The supervisor (this module's init/1 with the atom supervisor) and its worker.
start_worker() -> {ok, spawn_link(?MODULE, worker, [])}.
worker() ->
    register(worker, self()),
    receive crash -> exit(worker_crashed) end.
