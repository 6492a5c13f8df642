%% The gen_server callback module used by otp_gen_server.
-module(otp_gen_server_counter).
-behaviour(gen_server).
-export([start_link/1, increment/2, reset_async/2, value/1, history/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

start_link(Initial) -> gen_server:start_link(?MODULE, Initial, []).

increment(Pid, N) -> gen_server:call(Pid, {increment, N}).
reset_async(Pid, N) -> gen_server:cast(Pid, {reset, N}).
value(Pid) -> gen_server:call(Pid, value).
history(Pid) -> gen_server:call(Pid, history).

init(Initial) -> {ok, {Initial, [{init, Initial}]}}.

handle_call({increment, N}, _From, {V, H}) -> {reply, {ok, V + N}, {V + N, [{inc, N} | H]}};
handle_call(value, _From, {V, _} = S) -> {reply, V, S};
handle_call(history, _From, {_, H} = S) -> {reply, lists:reverse(H), S};
handle_call(_Other, _From, S) -> {reply, {error, unknown}, S}.

handle_cast({reset, N}, {_, H}) -> {noreply, {N, [{reset, N} | H]}}.

handle_info({add_raw, N}, {V, H}) -> {noreply, {V + N, [{raw, N} | H]}}.

terminate(_Reason, _State) -> ok.
