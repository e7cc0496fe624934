//! The live link's handshake codes: a browser's SDP cut to its essentials and built up
//! again, packed into a code and read back, and anything else refused.
#![cfg(not(target_arch = "wasm32"))]

use kernespillet::protocol::live::sdp::{Address, Candidate, Essentials, SdpProblem, Setup};
use kernespillet::protocol::live::{AnswerCode, CodeProblem, JoinCode};
use kernespillet::protocol::qr;
use proptest::prelude::*;

/// An offer as Chromium 14x makes it for one negotiated data channel, no ICE servers.
const CHROMIUM_OFFER: &str = "v=0\r\no=- 5708263367616653966 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n\
a=group:BUNDLE 0\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\n\
m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n\
a=candidate:209958295 1 udp 2113937151 22afca4c-9f80-46a2-bfd7-1aa9ffe50efb.local 49492 typ host generation 0 network-cost 999\r\n\
a=candidate:200399143 1 udp 2113942271 336e2851-a701-4e83-b151-66e9dae0f195.local 54614 typ host generation 0 network-cost 999\r\n\
a=ice-ufrag:Qm8q\r\na=ice-pwd:g95KpiUZ2egEgZpMK9N/HsWb\r\na=ice-options:trickle\r\n\
a=fingerprint:sha-256 EE:9E:F7:F4:40:50:EF:72:2D:0C:26:39:93:69:C4:0A:A0:04:C0:A5:79:B5:89:F8:E6:F6:4A:B8:38:2B:EB:32\r\n\
a=setup:actpass\r\na=mid:0\r\na=sctp-port:5000\r\na=max-message-size:262144\r\n";

/// An answer in Firefox's style: longer credentials, plain addresses, TCP candidates
/// (which a data channel on the room's network does not need).
const FIREFOX_ANSWER: &str = "v=0\r\no=mozilla...THIS_IS_SDPARTA-99.0 4829 0 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n\
a=fingerprint:sha-256 01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF\r\n\
a=group:BUNDLE 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n\
a=candidate:0 1 UDP 2122252543 192.168.1.23 51234 typ host\r\n\
a=candidate:1 1 UDP 2122187007 fe80::1c2b:3cff:fe4d:5e6f 51235 typ host\r\n\
a=candidate:2 1 TCP 2105524479 192.168.1.23 9 typ host tcptype active\r\n\
a=candidate:3 2 UDP 2122252542 192.168.1.23 51236 typ host\r\n\
a=ice-pwd:0123456789abcdef0123456789abcdef\r\na=ice-ufrag:a1b2c3d4\r\na=mid:0\r\na=setup:active\r\na=sctp-port:5000\r\n";

#[test]
fn a_chromium_offer_keeps_what_the_other_side_needs() {
    let e = Essentials::from_sdp(CHROMIUM_OFFER).unwrap();
    assert_eq!(e.ufrag, "Qm8q");
    assert_eq!(e.pwd, "g95KpiUZ2egEgZpMK9N/HsWb");
    assert_eq!(e.setup, Setup::ActPass);
    assert_eq!(e.fingerprint[0], 0xEE);
    assert_eq!(e.fingerprint[31], 0x32);
    assert_eq!(e.candidates.len(), 2);
    assert_eq!(e.candidates[0].port, 49492);
    let rebuilt = e.to_sdp();
    assert!(rebuilt.contains("22afca4c-9f80-46a2-bfd7-1aa9ffe50efb.local 49492 typ host"));
    assert!(rebuilt.contains("a=fingerprint:sha-256 EE:9E:F7:F4:40:50"));
    assert!(rebuilt.contains("a=setup:actpass"));
    assert!(rebuilt.contains("webrtc-datachannel"));
    assert_eq!(Essentials::from_sdp(&rebuilt).unwrap(), e);
}

#[test]
fn a_firefox_answer_keeps_its_udp_host_candidates_only() {
    let e = Essentials::from_sdp(FIREFOX_ANSWER).unwrap();
    assert_eq!(e.ufrag, "a1b2c3d4");
    assert_eq!(e.setup, Setup::Active);
    assert_eq!(
        e.candidates,
        vec![
            Candidate {
                address: Address::V4([192, 168, 1, 23]),
                port: 51234
            },
            Candidate {
                address: Address::V6(
                    "fe80::1c2b:3cff:fe4d:5e6f"
                        .parse::<std::net::Ipv6Addr>()
                        .unwrap()
                        .octets()
                ),
                port: 51235
            },
        ]
    );
    assert_eq!(Essentials::from_sdp(&e.to_sdp()).unwrap(), e);
}

#[test]
fn a_description_without_what_matters_is_refused() {
    let without = |prefix: &str| -> String {
        CHROMIUM_OFFER
            .lines()
            .filter(|l| !l.starts_with(prefix))
            .collect::<Vec<_>>()
            .join("\r\n")
    };
    assert_eq!(
        Essentials::from_sdp(&without("a=ice-pwd")),
        Err(SdpProblem::Credentials)
    );
    assert_eq!(
        Essentials::from_sdp(&without("a=fingerprint")),
        Err(SdpProblem::Fingerprint)
    );
    assert_eq!(
        Essentials::from_sdp(&without("a=candidate")),
        Err(SdpProblem::NoCandidate)
    );
    assert_eq!(
        Essentials::from_sdp(&without("a=setup")),
        Err(SdpProblem::Setup)
    );
    let short_pwd = CHROMIUM_OFFER.replace("g95KpiUZ2egEgZpMK9N/HsWb", "short");
    assert_eq!(
        Essentials::from_sdp(&short_pwd),
        Err(SdpProblem::Credentials)
    );
    let odd_chars = CHROMIUM_OFFER.replace("Qm8q", "Qm8q;<b>");
    assert_eq!(
        Essentials::from_sdp(&odd_chars),
        Err(SdpProblem::Credentials)
    );
    assert_eq!(Essentials::from_sdp(""), Err(SdpProblem::NoCandidate));
}

#[test]
fn a_join_code_is_small_and_reads_back() {
    let offer = Essentials::from_sdp(CHROMIUM_OFFER).unwrap();
    let code = JoinCode {
        team: 3,
        round: 7,
        offer,
    };
    let text = code.to_text();
    println!(
        "join code with two .local candidates: {} characters",
        text.len()
    );
    assert!(text.starts_with("KSJ"));
    assert!(
        text.len() <= 154,
        "fits a version-6 code at level M: {}",
        text.len()
    );
    let (_, _, version) = qr::matrix(&text).unwrap();
    assert!(version <= 6, "version {version}");
    assert_eq!(JoinCode::from_text(&text), Ok(code));
    assert_eq!(AnswerCode::from_text(&text), Err(CodeProblem::WrongKind));
}

#[test]
fn an_answer_code_reads_back_and_other_codes_are_told_apart() {
    let answer = Essentials::from_sdp(FIREFOX_ANSWER).unwrap();
    let code = AnswerCode {
        team: 0,
        round: 255,
        answer,
    };
    let text = code.to_text();
    assert_eq!(AnswerCode::from_text(&text), Ok(code));
    assert_eq!(JoinCode::from_text(&text), Err(CodeProblem::WrongKind));
    assert_eq!(
        AnswerCode::from_text("https://example.org/"),
        Err(CodeProblem::NotOurs)
    );
    assert_eq!(
        AnswerCode::from_text("KSNB1:2:ABC"),
        Err(CodeProblem::NotOurs)
    );
    assert_eq!(AnswerCode::from_text("KSA"), Err(CodeProblem::Damaged));
    assert_eq!(AnswerCode::from_text("KSA%%%%"), Err(CodeProblem::Damaged));
    // The version byte first: a newer app's code is named as such.
    let newer = format!(
        "KSA{}",
        kernespillet::protocol::base45::encode(&[2, 0, 0, 1])
    );
    assert_eq!(
        AnswerCode::from_text(&newer),
        Err(CodeProblem::OtherVersion(2))
    );
    // One byte more than the essentials is damage, not ignored.
    let longer = {
        let bytes = kernespillet::protocol::base45::decode(&text[3..]).unwrap();
        let mut more = bytes.clone();
        more.push(0);
        format!("KSA{}", kernespillet::protocol::base45::encode(&more))
    };
    assert_eq!(AnswerCode::from_text(&longer), Err(CodeProblem::Damaged));
}

fn credential(min: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[A-Za-z0-9+/]{{{min},32}}")).unwrap()
}

fn address() -> impl Strategy<Value = Address> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(Address::V4),
        any::<[u8; 16]>().prop_map(Address::V6),
        any::<[u8; 16]>().prop_map(Address::Mdns),
    ]
}

fn essentials() -> impl Strategy<Value = Essentials> {
    let candidates = proptest::collection::vec((address(), 1u16..), 1..=4).prop_map(|all| {
        let mut unique: Vec<Candidate> = Vec::new();
        for (address, port) in all {
            let c = Candidate { address, port };
            if !unique.contains(&c) {
                unique.push(c);
            }
        }
        unique
    });
    let setup = prop_oneof![
        Just(Setup::ActPass),
        Just(Setup::Active),
        Just(Setup::Passive)
    ];
    (
        credential(4),
        credential(22),
        any::<[u8; 32]>(),
        setup,
        candidates,
    )
        .prop_map(|(ufrag, pwd, fingerprint, setup, candidates)| Essentials {
            ufrag,
            pwd,
            fingerprint,
            setup,
            candidates,
        })
}

proptest! {
    #[test]
    fn essentials_survive_sdp_and_a_code(e in essentials(), team in any::<u8>(), round in any::<u8>()) {
        prop_assert_eq!(Essentials::from_sdp(&e.to_sdp()), Ok(e.clone()));
        let join = JoinCode { team, round, offer: e.clone() };
        prop_assert_eq!(JoinCode::from_text(&join.to_text()), Ok(join.clone()));
        let answer = AnswerCode { team, round, answer: e };
        prop_assert_eq!(AnswerCode::from_text(&answer.to_text()), Ok(answer));
        prop_assert!(qr::fits(&join.to_text()));
    }

    #[test]
    fn noise_is_refused_never_a_panic(text in ".{0,300}", bytes in proptest::collection::vec(any::<u8>(), 0..160)) {
        let _ = JoinCode::from_text(&text);
        let _ = AnswerCode::from_text(&text);
        let _ = Essentials::from_sdp(&text);
        let noise = format!("KSJ{}", kernespillet::protocol::base45::encode(&bytes));
        if let Ok(code) = JoinCode::from_text(&noise) {
            // Whatever reads as a code is one: written again, it reads the same.
            prop_assert_eq!(JoinCode::from_text(&code.to_text()), Ok(code));
        }
    }
}
