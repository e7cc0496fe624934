//! A data channel's session description, cut down to what the other side cannot guess
//! and built up again: the ICE user fragment and password, the DTLS certificate's
//! fingerprint, who starts DTLS, and the host candidates (an address of the room's
//! network, or the `.local` name a browser hides it behind, and a port). Everything
//! else in a browser's SDP for one data channel is the same every time.

use std::fmt::Write as _;
use std::net::{Ipv4Addr, Ipv6Addr};

/// The most candidates carried: a laptop with Wi-Fi, a cable and a VPN has three.
pub const MAX_CANDIDATES: usize = 4;
/// ICE allows longer credentials; browsers make 4–8 and 22–32 characters.
pub const MAX_CREDENTIAL_CHARS: usize = 32;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Address {
    V4([u8; 4]),
    V6([u8; 16]),
    /// A browser's `<uuid>.local` name for its address, found by mDNS in the room.
    Mdns([u8; 16]),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub address: Address,
    pub port: u16,
}

/// Which side starts the DTLS handshake (`a=setup:`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    ActPass,
    Active,
    Passive,
}

/// What a data channel's offer or answer carries that the other side needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Essentials {
    pub ufrag: String,
    pub pwd: String,
    /// SHA-256 of the DTLS certificate.
    pub fingerprint: [u8; 32],
    pub setup: Setup,
    pub candidates: Vec<Candidate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SdpProblem {
    /// No ICE user fragment or password, or one that ICE does not allow.
    Credentials,
    /// No SHA-256 fingerprint of the certificate.
    Fingerprint,
    Setup,
    /// Not one host candidate on UDP: nothing on the room's network to reach.
    NoCandidate,
}

/// The characters ICE credentials are made of (`ice-char`), in base64's order.
pub const ICE_CHARS: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn credential(text: &str, min: usize) -> Option<String> {
    let ok = (min..=MAX_CREDENTIAL_CHARS).contains(&text.len())
        && text.bytes().all(|c| ICE_CHARS.contains(&c));
    ok.then(|| text.to_string())
}

impl Essentials {
    /// Read what matters from a browser's SDP for one data channel.
    pub fn from_sdp(sdp: &str) -> Result<Essentials, SdpProblem> {
        let (mut ufrag, mut pwd, mut fingerprint, mut setup) = (None, None, None, None);
        let mut candidates: Vec<Candidate> = Vec::new();
        for line in sdp.lines().map(str::trim) {
            if let Some(v) = line.strip_prefix("a=ice-ufrag:") {
                ufrag = Some(credential(v, 4).ok_or(SdpProblem::Credentials)?);
            } else if let Some(v) = line.strip_prefix("a=ice-pwd:") {
                pwd = Some(credential(v, 22).ok_or(SdpProblem::Credentials)?);
            } else if let Some(v) = line.strip_prefix("a=fingerprint:") {
                fingerprint = fingerprint.or(sha256(v));
            } else if let Some(v) = line.strip_prefix("a=setup:") {
                setup = Some(match v {
                    "actpass" => Setup::ActPass,
                    "active" => Setup::Active,
                    "passive" => Setup::Passive,
                    _ => return Err(SdpProblem::Setup),
                });
            } else if let Some(v) = line.strip_prefix("a=candidate:") {
                if let Some(c) = host_candidate(v) {
                    if candidates.len() < MAX_CANDIDATES && !candidates.contains(&c) {
                        candidates.push(c);
                    }
                }
            }
        }
        if candidates.is_empty() {
            return Err(SdpProblem::NoCandidate);
        }
        Ok(Essentials {
            ufrag: ufrag.ok_or(SdpProblem::Credentials)?,
            pwd: pwd.ok_or(SdpProblem::Credentials)?,
            fingerprint: fingerprint.ok_or(SdpProblem::Fingerprint)?,
            setup: setup.ok_or(SdpProblem::Setup)?,
            candidates,
        })
    }

    /// The whole SDP again, as a browser takes it for the remote description.
    pub fn to_sdp(&self) -> String {
        let session = u64::from_be_bytes(self.fingerprint[..8].try_into().unwrap_or([0; 8])) >> 2;
        let mut sdp = format!(
            "v=0\r\no=- {session} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n\
             a=msid-semantic: WMS\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n\
             c=IN IP4 0.0.0.0\r\n"
        );
        for (i, c) in self.candidates.iter().enumerate() {
            // Earlier candidates were the browser's first choice: keep them first.
            let priority = 2_122_260_223u32 - i as u32;
            let _ = write!(
                sdp,
                "a=candidate:{} 1 udp {priority} {} {} typ host generation 0\r\n",
                i + 1,
                address_text(&c.address),
                c.port
            );
        }
        let setup = match self.setup {
            Setup::ActPass => "actpass",
            Setup::Active => "active",
            Setup::Passive => "passive",
        };
        let fingerprint: Vec<String> = self
            .fingerprint
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        let _ = write!(
            sdp,
            "a=ice-ufrag:{}\r\na=ice-pwd:{}\r\na=ice-options:trickle\r\n\
             a=fingerprint:sha-256 {}\r\na=setup:{setup}\r\na=mid:0\r\na=sctp-port:5000\r\n\
             a=max-message-size:262144\r\n",
            self.ufrag,
            self.pwd,
            fingerprint.join(":")
        );
        sdp
    }
}

fn sha256(value: &str) -> Option<[u8; 32]> {
    let (algorithm, hex) = value.split_once(' ')?;
    if !algorithm.eq_ignore_ascii_case("sha-256") {
        return None;
    }
    let bytes: Vec<u8> = hex
        .trim()
        .split(':')
        .map(|pair| {
            (pair.len() == 2)
                .then(|| u8::from_str_radix(pair, 16).ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

/// `foundation component transport priority address port typ host …`, for component 1
/// on UDP; any other candidate is `None`.
fn host_candidate(value: &str) -> Option<Candidate> {
    let fields: Vec<&str> = value.split_whitespace().collect();
    let [_, component, transport, _, address, port, typ, kind, ..] = fields.as_slice() else {
        return None;
    };
    if *component != "1"
        || !transport.eq_ignore_ascii_case("udp")
        || *typ != "typ"
        || *kind != "host"
    {
        return None;
    }
    let address = if let Ok(v4) = address.parse::<Ipv4Addr>() {
        Address::V4(v4.octets())
    } else if let Ok(v6) = address.parse::<Ipv6Addr>() {
        Address::V6(v6.octets())
    } else {
        Address::Mdns(mdns_uuid(address)?)
    };
    Some(Candidate {
        address,
        port: port.parse().ok().filter(|p| *p != 0)?,
    })
}

/// The 16 bytes of a `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.local` name.
fn mdns_uuid(name: &str) -> Option<[u8; 16]> {
    let uuid = name.strip_suffix(".local")?;
    let groups: Vec<&str> = uuid.split('-').collect();
    if groups.iter().map(|g| g.len()).collect::<Vec<_>>() != [8, 4, 4, 4, 12] {
        return None;
    }
    let hex: String = groups.concat();
    let bytes: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    bytes.try_into().ok()
}

fn address_text(address: &Address) -> String {
    match address {
        Address::V4(octets) => Ipv4Addr::from(*octets).to_string(),
        Address::V6(octets) => Ipv6Addr::from(*octets).to_string(),
        Address::Mdns(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            format!(
                "{}-{}-{}-{}-{}.local",
                &hex[0..8],
                &hex[8..12],
                &hex[12..16],
                &hex[16..20],
                &hex[20..32]
            )
        }
    }
}
