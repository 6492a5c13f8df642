%% gen_statem in handle_event_function mode with state_enter calls: state timeouts,
%% event timeouts, generic (named) timeouts, postponed events replayed after a state
%% change, call timeouts, sys:get_state, and stop (terminate/3 sees the state).
-module(otp_gen_statem_timeouts).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).

main() ->
    {ok, Pid} = gen_statem:start_link({local, timeouts}, ?MODULE, [], []),
    A = gen_statem:call(timeouts, get),
    ok = gen_statem:cast(timeouts, go),
    B = gen_statem:call(timeouts, get),
    timer:sleep(80),
    C = gen_statem:call(timeouts, get),
    gen_statem:cast(timeouts, postpone_me),
    D = gen_statem:call(timeouts, get),
    gen_statem:cast(timeouts, release),
    E = gen_statem:call(timeouts, log),
    F = sys:get_state(timeouts),
    G = try gen_statem:call(timeouts, never, 30)
        catch exit:{timeout, _} -> call_timed_out
        end,
    H = gen_statem:call(timeouts, {generic_timeout, 10}),
    timer:sleep(50),
    I = gen_statem:call(timeouts, log),
    ok = gen_statem:stop(Pid),
    {A, B, C, D, E, F, G, H, I}.

callback_mode() -> [handle_event_function, state_enter].

init([]) -> {ok, idle, []}.

handle_event(enter, Old, New, Log) -> {keep_state, [{enter, Old, New} | Log]};
handle_event({call, From}, get, State, _) -> {keep_state_and_data, [{reply, From, State}]};
handle_event({call, From}, log, _, Log) -> {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event({call, _From}, never, _, _) -> keep_state_and_data;
handle_event({call, From}, {generic_timeout, T}, _, Log) ->
    {keep_state, Log, [{reply, From, armed}, {{timeout, named}, T, ping}]};
handle_event({timeout, named}, ping, _, Log) -> {keep_state, [generic_timeout_fired | Log]};
handle_event(cast, go, idle, Log) -> {next_state, busy, Log, [{state_timeout, 30, done}]};
handle_event(state_timeout, done, busy, Log) ->
    {next_state, waiting, [state_timed_out | Log], [{timeout, 10, idle_event}]};
handle_event(timeout, idle_event, waiting, Log) -> {keep_state, [event_timed_out | Log]};
handle_event(cast, postpone_me, waiting, Log) -> {next_state, holding, [postponing | Log], [postpone]};
handle_event(cast, postpone_me, holding, _) -> {keep_state_and_data, [postpone]};
handle_event(cast, release, holding, Log) -> {next_state, released, [released | Log]};
handle_event(cast, postpone_me, released, Log) -> {keep_state, [postponed_event_handled | Log]}.

terminate(Reason, State, _Log) -> io:format("terminate ~p in ~p~n", [Reason, State]).
