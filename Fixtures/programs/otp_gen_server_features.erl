%% gen_server beyond call and cast: handle_continue (from init and from a callback),
%% call timeouts, timeouts returned by callbacks, sys:get_state/replace_state/
%% suspend/resume/get_status, proc_lib's initial call of a gen_server, and stop with
%% a reason (terminate/2 sees it; the linked caller, trapping exits, gets the EXIT).
-module(otp_gen_server_features).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2, terminate/2, code_change/3]).

main() ->
    process_flag(trap_exit, true),
    {ok, Pid} = gen_server:start_link({local, features}, ?MODULE, 5, []),
    A = gen_server:call(features, get),
    B = try gen_server:call(features, slow, 50)
        catch exit:{timeout, {gen_server, call, [features, slow, 50]}} -> call_timed_out
        end,
    gen_server:cast(features, {add, 2}),
    C = sys:get_state(features),
    sys:replace_state(features, fun(S) -> S * 10 end),
    D = gen_server:call(features, get),
    ok = sys:suspend(features),
    gen_server:cast(features, {add, 1}),
    Suspended = sys:get_state(features),
    ok = sys:resume(features),
    {status, Pid, {module, gen_server}, _} = sys:get_status(features),
    E = gen_server:call(features, continue_me),
    F = gen_server:call(features, get),
    Pid ! {info, 1},
    G = gen_server:call(features, get),
    H = gen_server:call(features, timeout_me),
    timer:sleep(50),
    I = gen_server:call(features, get),
    J = proc_lib:translate_initial_call(Pid),
    K = proc_lib:initial_call(Pid),
    L = gen_server:stop(features, {shutdown, done}, 1000),
    Exit = receive {'EXIT', Pid, Why} -> {exit, Why} after 1000 -> no_exit end,
    M = try gen_server:call(features, get)
        catch exit:{noproc, {gen_server, call, [features, get]}} -> noproc
        end,
    {A, B, C, D, Suspended, E, F, G, H, I, J, K, L, Exit, M}.

init(N) -> {ok, N, {continue, init_more}}.

handle_continue(init_more, N) -> {noreply, N + 1};
handle_continue(more, N) -> {noreply, N + 100}.

handle_call(get, _From, S) -> {reply, S, S};
handle_call(slow, _From, S) -> timer:sleep(200), {reply, slow, S};
handle_call(continue_me, _From, S) -> {reply, ok, S, {continue, more}};
handle_call(timeout_me, _From, S) -> {reply, ok, S, 10}.

handle_cast({add, N}, S) -> {noreply, S + N}.

handle_info(timeout, S) -> {noreply, S + 1000};
handle_info({info, N}, S) -> {noreply, S + N};
handle_info(_, S) -> {noreply, S}.

terminate(Reason, State) -> io:format("terminate ~p in state ~p~n", [Reason, State]).

code_change(_, S, _) -> {ok, S}.
