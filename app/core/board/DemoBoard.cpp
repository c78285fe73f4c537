#include "board/DemoBoard.h"

#include "support/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

// ---- names and places ----------------------------------------------------------------------
// Entries are UTF-8; "display|ascii" gives the spelling used in e-mail addresses where folding
// the display form cannot (other scripts). Postcode patterns: '#' a digit, '@' a letter.

namespace {
namespace DemoData {

struct Place
{
    const char* city;
    const char* region;
    const char* postcode;
};

struct LocaleData
{
    const char* country; // ISO 3166 alpha-2
    int weight;
    const char* tld; // for company domains
    bool japaneseCompanies;
    std::vector<const char*> firstNames;
    std::vector<const char*> lastNames;
    std::vector<Place> places;
    std::vector<const char*> mailDomains; // repeated entries weigh more
    std::vector<const char*> companySuffixes;
    std::vector<const char*> sectors; // local words, "display|ascii"
    std::vector<const char*> roleMailboxes;
};

const std::vector<LocaleData>& locales()
{
    static const std::vector<LocaleData> data = {
        { "GB", 12, "co.uk", false,
            { "Oliver", "George", "Harry", "Jack", "Noah", "Charlie", "Amelia", "Isla", "Olivia", "Ava",
                "Freya", "Zoë",
                "Siobhán", "Seán", "Niamh", "Rhys", "Gareth", "Eilidh", "Catriona", "Chloë", "Rosie", "Callum" },
            { "Smith", "Jones", "Taylor", "Williams", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
                "Johnson", "Walker", "Wright", "Robinson", "Thompson", "O'Neill", "MacDonald", "Campbell", "Hughes",
                "Patel", "Khan", "Ó Súilleabháin" },
            { { "London", "England", "SE## #@@" }, { "Manchester", "England", "M## #@@" },
                { "Birmingham", "England", "B## #@@" }, { "Leeds", "England", "LS## #@@" },
                { "Glasgow", "Scotland", "G## #@@" }, { "Edinburgh", "Scotland", "EH## #@@" },
                { "Cardiff", "Wales", "CF## #@@" }, { "Bristol", "England", "BS## #@@" },
                { "Belfast", "Northern Ireland", "BT## #@@" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "hotmail.co.uk", "hotmail.co.uk", "yahoo.co.uk",
                "outlook.com", "outlook.com", "btinternet.com", "icloud.com", "sky.com" },
            { "Ltd", "Ltd", "Limited", "plc" }, {}, { "jobs", "careers", "recruitment", "hr", "talent" } },
        { "US", 10, "com", false,
            { "Michael", "Jessica", "Christopher", "Ashley", "Matthew", "Emily", "Daniel", "Sarah", "Tyler", "Madison",
                "Brandon", "Olivia", "DeShawn", "Aaliyah", "Carlos", "Mei", "Jamal", "Brianna", "Ethan", "Hannah" },
            { "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
                "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Jackson", "White", "Harris", "Nguyen", "Kim",
                "O'Connor" },
            { { "New York", "New York", "100##" }, { "Los Angeles", "California", "900##" },
                { "Chicago", "Illinois", "606##" }, { "Houston", "Texas", "770##" }, { "Austin", "Texas", "787##" },
                { "Seattle", "Washington", "981##" }, { "Boston", "Massachusetts", "021##" },
                { "Denver", "Colorado", "802##" }, { "Atlanta", "Georgia", "303##" }, { "Miami", "Florida", "331##" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "outlook.com",
                "hotmail.com", "icloud.com", "icloud.com", "aol.com", "comcast.net" },
            { "Inc.", "LLC", "Corp." }, {}, { "jobs", "careers", "recruiting", "hr", "talent" } },
        { "DE", 12, "de", false,
            { "Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Emma", "Mia", "Hannah", "Lea", "Sophie",
                "Lena", "Anna", "Jürgen", "Jörg", "Björn", "Sören", "Käthe", "Günter" },
            { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
                "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
                    "Zimmermann",
                "Krüger", "Hofmann", "Lange", "Weiß", "Groß" },
            { { "Berlin", "Berlin", "10###" }, { "Hamburg", "Hamburg", "20###" }, { "München", "Bayern", "80###" },
                { "Köln", "Nordrhein-Westfalen", "50###" }, { "Frankfurt am Main", "Hessen", "60###" },
                { "Stuttgart", "Baden-Württemberg", "70###" }, { "Düsseldorf", "Nordrhein-Westfalen", "40###" },
                { "Leipzig", "Sachsen", "04###" }, { "Dresden", "Sachsen", "01###" },
                { "Nürnberg", "Bayern", "90###" } },
            { "web.de", "web.de", "web.de", "gmx.de", "gmx.de", "gmx.net", "gmx.net", "t-online.de", "t-online.de",
                "gmail.com", "gmail.com", "gmail.com", "outlook.de", "yahoo.de", "posteo.de" },
            { "GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG" },
            { "Logistik", "Bau", "Technik", "Pflege", "Maschinenbau", "Gastronomie" },
            { "jobs", "karriere", "personal", "bewerbung" } },
        { "FR", 10, "fr", false,
            { "Léa", "Chloé", "Manon", "Camille", "Inès", "Zoé", "Louise", "Hugo", "Lucas", "Louis",
                "Gabriel", "Théo",
                "Raphaël", "Mathéo", "Jérôme", "François", "Hélène", "Amélie", "Cédric", "Anaïs" },
            { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
                "Rousseau", "Mercier", "Faure", "Benoît" },
            { { "Paris", "Île-de-France", "750##" }, { "Lyon", "Auvergne-Rhône-Alpes", "6900#" },
                { "Marseille", "Provence-Alpes-Côte d'Azur", "130##" }, { "Toulouse", "Occitanie", "310##" },
                { "Nice", "Provence-Alpes-Côte d'Azur", "060##" }, { "Nantes", "Pays de la Loire", "440##" },
                { "Strasbourg", "Grand Est", "670##" }, { "Montpellier", "Occitanie", "340##" },
                { "Bordeaux", "Nouvelle-Aquitaine", "330##" }, { "Lille", "Hauts-de-France", "590##" } },
            { "orange.fr", "orange.fr", "orange.fr", "free.fr", "free.fr", "gmail.com", "gmail.com", "gmail.com",
                "hotmail.fr", "hotmail.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "yahoo.fr" },
            { "SAS", "SARL", "SA" }, { "Conseil", "Transports", "Bâtiment|batiment", "Services", "Restauration" },
            { "recrutement", "rh", "emploi", "contact" } },
        { "ES", 7, "es", false,
            { "José", "María", "Lucía", "Carmen", "Javier", "Álvaro", "Sofía", "Martín", "Pablo",
                "Alejandro", "Laura",
                "Paula", "Sergio", "Jesús", "Begoña", "Íñigo", "Nuria", "Andrés" },
            { "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
                    "Ibáñez",
                "Castaño" },
            { { "Madrid", "Comunidad de Madrid", "280##" }, { "Barcelona", "Cataluña", "080##" },
                { "Valencia", "Comunitat Valenciana", "460##" }, { "Sevilla", "Andalucía", "410##" },
                { "Zaragoza", "Aragón", "500##" }, { "Málaga", "Andalucía", "290##" },
                { "Bilbao", "País Vasco", "480##" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "hotmail.es", "hotmail.es", "yahoo.es", "outlook.es",
                "telefonica.net" },
            { "S.L.", "S.L.", "S.A." },
            { "Logística|logistica", "Construcciones", "Consultores", "Hostelería|hosteleria" },
            { "empleo", "rrhh", "seleccion", "trabajo" } },
        { "PL", 6, "pl", false,
            { "Łukasz", "Paweł", "Michał", "Piotr", "Krzysztof", "Tomasz", "Wojciech", "Jakub", "Katarzyna",
                "Małgorzata", "Agnieszka", "Anna", "Zofia", "Joanna", "Magdalena", "Weronika" },
            { "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
                "Wróbel",
                "Dudek", "Pawlak", "Sikora", "Baran" },
            { { "Warszawa", "mazowieckie", "0#-###" }, { "Kraków", "małopolskie", "3#-###" },
                { "Łódź", "łódzkie", "9#-###" }, { "Wrocław", "dolnośląskie", "5#-###" },
                { "Poznań", "wielkopolskie", "6#-###" }, { "Gdańsk", "pomorskie", "80-###" } },
            { "wp.pl", "wp.pl", "onet.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "gmail.com", "gmail.com" },
            { "Sp. z o.o.", "Sp. z o.o.", "S.A." }, { "Budownictwo", "Transport", "Usługi|uslugi" },
            { "praca", "rekrutacja", "kadry" } },
        { "NL", 5, "nl", false,
            { "Daan", "Sem", "Lucas", "Bram", "Thijs", "Emma", "Julia", "Sanne", "Fleur", "Zoë", "Noor", "Anouk",
                "Joëlle", "Jeroen" },
            { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
                "Meijer", "de Boer", "Mulder", "de Groot", "Bos" },
            { { "Amsterdam", "Noord-Holland", "10## @@" }, { "Rotterdam", "Zuid-Holland", "30## @@" },
                { "Den Haag", "Zuid-Holland", "25## @@" }, { "Utrecht", "Utrecht", "35## @@" },
                { "Eindhoven", "Noord-Brabant", "56## @@" }, { "Groningen", "Groningen", "97## @@" } },
            { "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "ziggo.nl",
                "kpnmail.nl", "live.nl" },
            { "B.V.", "B.V.", "N.V." }, { "Installatietechniek", "Transport", "Zorg" },
            { "vacatures", "werken", "hr", "sollicitaties" } },
        { "SE", 3, "se", false,
            { "Björn", "Åsa", "Lars", "Karin", "Erik", "Maja", "Linnéa", "Oskar", "Elin", "Håkan", "Märta",
                "Sven" },
            { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
                "Gustafsson", "Lindström", "Åberg", "Sjöberg" },
            { { "Stockholm", "Stockholms län", "1## ##" }, { "Göteborg", "Västra Götalands län", "4## ##" },
                { "Malmö", "Skåne län", "2## ##" }, { "Uppsala", "Uppsala län", "75# ##" } },
            { "gmail.com", "gmail.com", "hotmail.se", "outlook.com", "telia.com", "icloud.com" }, { "AB" },
            { "Bygg", "Konsult", "Logistik" }, { "jobb", "rekrytering", "hr" } },
        { "IS", 1, "is", false,
            { "Ólafur", "Guðrún", "Sigríður", "Jón", "Þórunn", "Einar", "Björk", "Kristín", "Gunnar",
                "Helga", "Ásgeir",
                "Hrafnhildur" },
            { "Jónsson", "Sigurðardóttir", "Guðmundsson", "Ólafsdóttir", "Einarsson", "Stefánsdóttir",
                "Magnússon",
                "Þórsson", "Kristjánsdóttir" },
            { { "Reykjavík", "Höfuðborgarsvæðið", "10#" }, { "Kópavogur", "Höfuðborgarsvæðið", "20#" },
                { "Akureyri", "Norðurland eystra", "60#" } },
            { "gmail.com", "gmail.com", "simnet.is", "internet.is", "hotmail.com" }, { "ehf.", "hf." },
            { "Ferðaþjónusta|ferdathjonusta", "Sjávarútvegur|sjavarutvegur" }, { "storf", "umsoknir" } },
        { "TR", 4, "com.tr", false,
            { "Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Can", "Ayşe", "Fatma", "Zeynep", "Elif", "Çağla",
                "Gülşen", "Şule", "Özge", "İbrahim" },
            { "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
                "Özdemir", "Arslan",
                "Doğan", "Kılıç", "Aslan", "Çetin" },
            { { "İstanbul", "İstanbul", "34###" }, { "Ankara", "Ankara", "06###" }, { "İzmir", "İzmir", "35###" },
                { "Bursa", "Bursa", "16###" }, { "Antalya", "Antalya", "07###" } },
            { "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "yandex.com" },
            { "A.Ş.", "Ltd. Şti." }, { "Lojistik", "İnşaat|insaat", "Tekstil" }, { "ik", "kariyer", "is" } },
        { "IN", 7, "in", false,
            { "Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Vikram", "Rahul", "Priya", "Ananya", "Diya", "Sneha",
                "Kavya", "Pooja", "Lakshmi", "Saanvi" },
            { "Sharma", "Verma", "Gupta", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Menon", "Das",
                "Chatterjee", "Joshi", "Rao", "Banerjee" },
            { { "Bengaluru", "Karnataka", "560###" }, { "Mumbai", "Maharashtra", "400###" },
                { "New Delhi", "Delhi", "110###" }, { "Chennai", "Tamil Nadu", "600###" },
                { "Hyderabad", "Telangana", "500###" }, { "Pune", "Maharashtra", "411###" },
                { "Kolkata", "West Bengal", "700###" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "yahoo.co.in",
                "rediffmail.com", "outlook.com", "hotmail.com" },
            { "Pvt. Ltd.", "Pvt. Ltd.", "Ltd." }, {}, { "careers", "hr", "jobs" } },
        { "VN", 3, "vn", false,
            { "Ngọc", "Minh", "Thảo", "Hùng", "Linh", "Đức", "Phương", "Quang", "Hương", "Tuấn",
                "Lan", "Thu" },
            { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ" },
            { { "Hà Nội", "Hà Nội", "1####" }, { "Thành phố Hồ Chí Minh",
                "Thành phố Hồ Chí Minh", "7####" },
                { "Đà Nẵng", "Đà Nẵng", "50###" }, { "Hải Phòng", "Hải Phòng", "04###" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com" },
            { "JSC", "Co., Ltd." }, {}, { "tuyendung", "hr" } },
        { "JP", 3, "co.jp", true,
            { "翔太|shota", "陽菜|hina", "大輝|daiki", "さくら|sakura", "健太|kenta",
                "美咲|misaki", "蓮|ren",
                "結衣|yui", "悠斗|yuto", "愛|ai" },
            { "田中|tanaka", "佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "渡辺|watanabe",
                "伊藤|ito", "山本|yamamoto",
                "中村|nakamura", "小林|kobayashi", "加藤|kato" },
            { { "東京", "東京都", "1##-####" }, { "大阪", "大阪府", "53#-####" }, { "横浜",
                "神奈川県", "22#-####" },
                { "名古屋", "愛知県", "46#-####" }, { "札幌", "北海道", "06#-####" },
                { "福岡", "福岡県", "81#-####" } },
            { "gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "yahoo.co.jp", "docomo.ne.jp", "icloud.com",
                "outlook.jp" },
            { "" }, {}, { "saiyo", "recruit", "jinji" } },
        { "EG", 3, "com.eg", false,
            { "Ahmed", "Mohamed", "Mahmoud", "Omar", "Youssef", "Karim", "Mostafa", "Fatma", "Nour", "Mariam", "Salma",
                "Yasmin", "Hana", "Layla" },
            { "Hassan", "Ibrahim", "Mahmoud", "Abdelrahman", "El-Sayed", "Mansour", "Farouk", "Saleh", "Fathy",
                "Naguib", "Soliman", "Khalil" },
            { { "Cairo", "Cairo Governorate", "11###" }, { "Alexandria", "Alexandria Governorate", "21###" },
                { "Giza", "Giza Governorate", "12###" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "hotmail.com",
                "hotmail.com", "outlook.com" },
            { "S.A.E.", "LLC" }, {}, { "careers", "hr", "jobs" } },
        { "PT", 3, "pt", false,
            { "João", "Tiago", "Gonçalo", "Duarte", "Rodrigo", "Inês", "Beatriz", "Mariana", "Leonor", "Matilde",
                "Conceição", "Luís" },
            { "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
                "Gonçalves", "Lopes", "Simões", "Magalhães" },
            { { "Lisboa", "Lisboa", "1###-###" }, { "Porto", "Porto", "4###-###" }, { "Braga", "Braga", "47##-###" },
                { "Coimbra", "Coimbra", "30##-###" }, { "Faro", "Faro", "80##-###" } },
            { "sapo.pt", "sapo.pt", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "netcabo.pt" },
            { "Lda.", "S.A." }, { "Construções|construcoes", "Transportes" }, { "recrutamento", "rh", "emprego" } },
        { "BR", 4, "com.br", false,
            { "Gabriel", "Lucas", "Matheus", "Pedro", "Guilherme", "Ana", "Júlia", "Beatriz", "Letícia", "Larissa",
                "Camila", "Luíza", "Antônio" },
            { "Silva", "Santos", "Oliveira", "Souza", "Lima", "Carvalho", "Araújo", "Ribeiro", "Almeida", "Nascimento",
                "Ferreira", "Gonçalves" },
            { { "São Paulo", "SP", "0####-###" }, { "Rio de Janeiro", "RJ", "2####-###" },
                { "Belo Horizonte", "MG", "3####-###" }, { "Curitiba", "PR", "8####-###" },
                { "Porto Alegre", "RS", "9####-###" }, { "Salvador", "BA", "4####-###" } },
            { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "uol.com.br",
                "bol.com.br", "yahoo.com.br", "outlook.com" },
            { "Ltda.", "S.A." }, { "Logística|logistica", "Serviços|servicos", "Engenharia" },
            { "vagas", "rh", "carreiras" } },
        { "GR", 2, "gr", false,
            { "Γιώργος|Giorgos", "Μαρία|Maria", "Δημήτρης|Dimitris", "Ελένη|Eleni",
                "Νίκος|Nikos", "Κατερίνα|Katerina",
                "Κώστας|Kostas", "Σοφία|Sofia" },
            { "Παπαδάκης|Papadakis", "Οικονόμου|Oikonomou", "Γεωργίου|Georgiou",
                "Νικολάου|Nikolaou", "Ιωάννου|Ioannou",
                "Δημητρίου|Dimitriou" },
            { { "Αθήνα", "Αττική", "1## ##" }, { "Θεσσαλονίκη",
                "Κεντρική Μακεδονία", "5## ##" },
                { "Πάτρα", "Δυτική Ελλάδα", "26# ##" } },
            { "gmail.com", "gmail.com", "gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr" }, { "Α.Ε.",
                "Ε.Π.Ε." }, {},
            { "hr", "careers" } },
        { "IT", 5, "it", false,
            { "Francesco", "Giulia", "Alessandro", "Chiara", "Matteo", "Sofia", "Lorenzo", "Martina", "Niccolò",
                "Federica", "Andrea", "Elisa" },
            { "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                "Bruno", "Gallo", "D'Angelo" },
            { { "Milano", "Lombardia", "201##" }, { "Roma", "Lazio", "001##" }, { "Torino", "Piemonte", "101##" },
                { "Napoli", "Campania", "801##" }, { "Bologna", "Emilia-Romagna", "401##" } },
            { "libero.it", "libero.it", "gmail.com", "gmail.com", "gmail.com", "virgilio.it", "hotmail.it", "alice.it",
                "tiscali.it" },
            { "S.r.l.", "S.r.l.", "S.p.A." }, { "Costruzioni", "Trasporti", "Servizi" },
            { "lavora", "hr", "selezione" } },
    };
    return data;
}

const std::vector<const char*>& globalMailDomains()
{
    static const std::vector<const char*> data = { "gmail.com", "gmail.com", "gmail.com", "gmail.com", "outlook.com",
        "hotmail.com", "yahoo.com", "icloud.com", "proton.me" };
    return data;
}

const std::vector<const char*>& companyRoots()
{
    static const std::vector<const char*> data
        = { "Blue", "Nova", "Alpine", "Harbor", "Summit", "Cedar", "Brightline", "Ironwood", "Northgate", "Silverleaf",
              "Redstone", "Clearwater", "Greenfield", "Keystone", "Lumen", "Orbit", "Pioneer", "Quantum", "Riverside",
              "Sterling", "Vertex", "Westbrook", "Atlas", "Beacon", "Crescent", "Polaris", "Meridian", "Evergreen" };
    return data;
}

const std::vector<const char*>& englishSectors()
{
    static const std::vector<const char*> data = { "Logistics", "Software", "Engineering", "Health", "Foods",
        "Construction", "Consulting", "Retail", "Energy", "Media", "Analytics", "Robotics", "Hospitality", "Transport",
        "Design", "Labs", "Systems", "Solutions", "Care", "Pharma" };
    return data;
}

const std::vector<const char*>& japaneseSectors()
{
    static const std::vector<const char*> data
        = { "製作所|seisakusho", "商事|shoji", "工業|kogyo", "物流|butsuryu", "電機|denki",
            "建設|kensetsu" };
    return data;
}

const std::vector<const char*>& englishRoles()
{
    static const std::vector<const char*> data = { "jobs", "careers", "hr", "recruiting" };
    return data;
}

const std::vector<const char*>& plusTags()
{
    static const std::vector<const char*> data = { "jobs", "northwind", "alerts", "work", "career" };
    return data;
}

// Domains people mistype at sign-up; the typos use top-level domains that do not exist, so the
// demo never points at a real mail host.
const std::vector<std::pair<const char*, const char*>>& typoDomains()
{
    static const std::vector<std::pair<const char*, const char*>> data
        = { { "gmail.com", "gmail.con" }, { "hotmail.com", "hotmail.con" }, { "yahoo.com", "yahoo.comm" },
              { "outlook.com", "outlook.cmo" }, { "web.de", "web.dee" }, { "gmx.net", "gmx.nett" },
              { "orange.fr", "orange.frr" }, { "icloud.com", "icloud.con" }, { "gmx.de", "gmx.dde" },
              { "libero.it", "libero.itt" }, { "wp.pl", "wp.pll" }, { "free.fr", "free.frr" } };
    return data;
}

} // namespace DemoData
} // namespace

using namespace DemoData;

namespace {

// "Mailroom" in ASCII: any fixed value works, but it must never change within a generator version.
constexpr quint64 Seed = 0x4d61696c726f6f6dULL;
constexpr qint64 Day = 24 * 3600;
constexpr int LogDays = 28;

const QString BoardDomain = u"northwind-jobs.example"_s;
const QString AlertsSender = u"alerts@northwind-jobs.example"_s;
const QString NoReplySender = u"noreply@northwind-jobs.example"_s;
const QString BoardIp = u"203.0.113.25"_s;
const QString MtaHost = u"mail.northwind-jobs.example"_s;

// splitmix64: tiny, fast and identical on every platform, unlike std:: distributions whose
// output is implementation-defined.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T> const T& pick(const std::vector<T>& items)
    {
        return items[size_t(below(qint64(items.size())))];
    }

private:
    quint64 m_state;
};

// FNV-1a: a stable hash for choosing per-domain details (QHash's seed changes per process).
quint32 stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return hash;
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Lower-case ASCII letters and digits for e-mail local parts and domains. Decomposition drops
// accents; the few letters that do not decompose are spelled out.
QString asciiFold(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case u'ł':
        case u'Ł':
            out += u'l';
            continue;
        case u'ß':
            out += u"ss"_s;
            continue;
        case u'đ':
        case u'Đ':
        case u'ð':
        case u'Ð':
            out += u'd';
            continue;
        case u'ø':
        case u'Ø':
            out += u'o';
            continue;
        case u'æ':
        case u'Æ':
            out += u"ae"_s;
            continue;
        case u'þ':
        case u'Þ':
            out += u"th"_s;
            continue;
        case u'ı':
            out += u'i';
            continue;
        case u'œ':
            out += u"oe"_s;
            continue;
        default:
            break;
        }
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toLower();
        }
    }
    return out;
}

struct Name
{
    QString display;
    QString ascii; // already folded
};

Name nameOf(const char* entry)
{
    const QString text = utf8(entry);
    const qsizetype bar = text.indexOf(u'|');
    if (bar >= 0) {
        return { text.left(bar), asciiFold(text.mid(bar + 1)) };
    }
    return { text, asciiFold(text) };
}

QString fillPattern(Random& rng, const char* pattern)
{
    static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
    QString out;
    for (const char* p = pattern; *p; ++p) {
        if (*p == '#') {
            out += QChar(u'0' + int(rng.below(10)));
        } else if (*p == '@') {
            out += QChar(char16_t(letters[rng.below(sizeof(letters) - 1)]));
        } else {
            out += QChar(char16_t(uchar(*p)));
        }
    }
    return out;
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString eximTime(qint64 secs)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    return QString::asprintf(
        "%04d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(), d.day(), h.hour(), h.minute(), h.second());
}

QString syslogTime(qint64 secs)
{
    static const char* const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    return QString::asprintf(
        "%s %02d %02d:%02d:%02d", months[d.month() - 1], d.day(), h.hour(), h.minute(), h.second());
}

QString base62(quint64 value, int width)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out(width, u'0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(char16_t(digits[value % 62]));
        value /= 62;
    }
    return out;
}

QString hexToken(Random& rng, int length, bool upper)
{
    static const char lower[] = "0123456789abcdef";
    static const char capital[] = "0123456789ABCDEF";
    QString out;
    for (int i = 0; i < length; ++i) {
        out += QChar(char16_t((upper ? capital : lower)[rng.below(16)]));
    }
    return out;
}

QString alnumToken(Random& rng, int length)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        out += QChar(char16_t(chars[rng.below(36)]));
    }
    return out;
}

QString domainOf(const QString& address)
{
    return address.mid(address.lastIndexOf(u'@') + 1).toLower();
}

// ---- receiving side ------------------------------------------------------------------------

enum class Provider
{
    Google,
    Microsoft,
    Yahoo,
    Apple,
    United, // web.de and GMX
    Orange,
    Own, // the domain runs its own Postfix
    None, // the domain does not exist
};

struct DemoUser
{
    qint64 id = 0;
    bool employer = false;
    QString firstName;
    QString lastName;
    QString company;
    QString email;
    QString city;
    QString region;
    QString postcode;
    QString country;
    bool subscribed = false;
    bool archived = false;
    bool jobAlert = false;
    qint64 registeredAt = 0;
    qint64 lastLoginAt = -1;
    bool typoDomain = false;
    bool companyDomain = false;
    QString domain; // lower-cased, filled once all users exist
    Provider provider = Provider::Own;
    bool claimed = false; // a bounce scenario owns this user's mail
};

struct Mx
{
    QString host;
    QString ip;
};

struct Receiver
{
    Provider provider = Provider::Own;
    std::vector<Mx> hosts;
    bool tls = true;
};

bool isMicrosoftConsumer(const QString& domain)
{
    return domain.startsWith(u"outlook."_s) || domain.startsWith(u"hotmail."_s) || domain.startsWith(u"live."_s)
        || domain == u"msn.com"_s;
}

bool isYahoo(const QString& domain)
{
    return (domain.startsWith(u"yahoo."_s) && domain != u"yahoo.co.jp"_s) || domain == u"aol.com"_s
        || domain == u"ymail.com"_s;
}

Receiver receiverFor(const QString& domain, bool typo, bool company)
{
    const quint32 h = stableHash(domain);
    if (typo) {
        return { Provider::None, {}, false };
    }
    if (domain == u"gmail.com"_s || domain == u"googlemail.com"_s) {
        return { Provider::Google,
            { { u"gmail-smtp-in.l.google.com"_s, u"142.250.27.26"_s },
                { u"gmail-smtp-in.l.google.com"_s, u"142.250.102.27"_s },
                { u"gmail-smtp-in.l.google.com"_s, u"74.125.206.27"_s },
                { u"gmail-smtp-in.l.google.com"_s, u"64.233.184.26"_s } },
            true };
    }
    if (isMicrosoftConsumer(domain)) {
        return { Provider::Microsoft,
            { { u"outlook-com.olc.protection.outlook.com"_s, u"52.101.68.11"_s },
                { u"outlook-com.olc.protection.outlook.com"_s, u"52.101.73.2"_s },
                { u"outlook-com.olc.protection.outlook.com"_s, u"52.101.42.3"_s } },
            true };
    }
    if (isYahoo(domain)) {
        const QString host = domain == u"aol.com"_s ? u"mx-aol.mail.gm0.yahoodns.net"_s : u"mta6.am0.yahoodns.net"_s;
        return { Provider::Yahoo, { { host, u"67.195.204.72"_s }, { host, u"98.136.96.74"_s } }, true };
    }
    if (domain == u"icloud.com"_s || domain == u"me.com"_s) {
        return { Provider::Apple,
            { { u"mx01.mail.icloud.com"_s, u"17.57.155.27"_s }, { u"mx02.mail.icloud.com"_s, u"17.42.251.29"_s } },
            true };
    }
    if (domain == u"web.de"_s) {
        return { Provider::United,
            { { u"mx-ha03.web.de"_s, u"212.227.15.41"_s }, { u"mx-ha02.web.de"_s, u"212.227.17.8"_s } }, true };
    }
    if (domain == u"gmx.net"_s || domain == u"gmx.de"_s) {
        return { Provider::United,
            { { u"mx00.emig.gmx.net"_s, u"212.227.15.9"_s }, { u"mx01.emig.gmx.net"_s, u"212.227.17.5"_s } }, true };
    }
    if (domain == u"orange.fr"_s || domain == u"wanadoo.fr"_s) {
        return { Provider::Orange,
            { { u"smtp-in.orange.fr"_s, u"80.12.242.15"_s }, { u"smtp-in.orange.fr"_s, u"80.12.242.16"_s } }, true };
    }
    // Companies often host mail with Google or Microsoft; the rest run their own servers.
    if (company && h % 10 < 3) {
        return { Provider::Google,
            { { u"aspmx.l.google.com"_s, u"142.250.153.26"_s }, { u"alt1.aspmx.l.google.com"_s, u"142.251.9.27"_s } },
            true };
    }
    if (company && h % 10 < 6) {
        QString tenant = domain;
        tenant.replace(u'.', u'-');
        return { Provider::Microsoft,
            { { tenant + u".mail.protection.outlook.com"_s,
                u"52.101.%1.%2"_s.arg(64 + h % 32).arg(1 + (h >> 8) % 250) } },
            true };
    }
    const QString ip1 = u"198.51.100.%1"_s.arg(1 + h % 250);
    const QString ip2 = u"192.0.2.%1"_s.arg(1 + (h >> 8) % 250);
    return { Provider::Own, { { u"mx1."_s + domain, ip1 }, { u"mx2."_s + domain, ip2 } }, h % 4 != 0 };
}

// ---- messages ------------------------------------------------------------------------------

enum class Route
{
    Deliver,
    Fail,
    DeferThenDeliver,
    DeferThenExpire,
    Unrouteable,
    RefusedThenExpire,
    FirstMxDownThenDeliver,
};

enum class Stage
{
    Rcpt,
    MailFrom,
    Data,
};

struct Reply
{
    QStringList lines; // a multi-line reply as the server sent it, one line each
    QString dsn; // the enhanced status Postfix logs as dsn=
    Stage stage = Stage::Rcpt;
};

struct Message
{
    qint64 time = 0;
    QString sender;
    qint64 size = 0;
    QString recipient; // as stored on the board
    Route route = Route::Deliver;
    Reply reply;
    std::vector<qint64> deferOffsets; // seconds after arrival, one per failed attempt
    qint64 finalOffset = 2; // delivery, failure or expiry
    bool firstMxAnswers421 = false; // FirstMxDownThenDeliver: banner refusal, not a refused connection
    const DemoUser* user = nullptr;
};

struct Expectation
{
    QString address;
    QString category;
    QString reason;
    qint64 userId = 0;
    QString scenario;
};

struct TimedLine
{
    qint64 time;
    quint64 order;
    QString text;
};

class LogWriter
{
public:
    void add(qint64 time, const QString& text) { m_lines.push_back({ time, m_next++, text }); }
    QByteArray finish()
    {
        std::stable_sort(m_lines.begin(), m_lines.end(), [](const TimedLine& a, const TimedLine& b) {
            return a.time != b.time ? a.time < b.time : a.order < b.order;
        });
        QString all;
        for (const TimedLine& line : m_lines) {
            all += line.text;
            all += u'\n';
        }
        return all.toUtf8();
    }

private:
    std::vector<TimedLine> m_lines;
    quint64 m_next = 0;
};

QString formatDelay(double seconds)
{
    if (seconds <= 0.0) {
        return u"0"_s;
    }
    if (seconds < 1.0) {
        QString text = QString::number(seconds, 'f', 2);
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        return text.endsWith(u'.') ? text + u'0' : text;
    }
    if (seconds < 10.0) {
        return QString::number(seconds, 'f', 1);
    }
    return QString::number(qint64(seconds));
}

// ---- the generator -------------------------------------------------------------------------

class Generator
{
public:
    Generator()
        : m_rng(Seed)
        , m_reference(DemoBoard::referenceTime().toSecsSinceEpoch())
        , m_logStart(m_reference - LogDays * Day)
    { }

    void makeUsers();
    void makeTraffic();
    QByteArray eximLog();
    QByteArray postfixLog();
    QByteArray expectedCsv() const;
    bool writeDatabase(const QString& path, QString* error) const;

private:
    const LocaleData& pickLocale();
    DemoUser makePerson(const LocaleData& names, const LocaleData& place, Name* first, Name* last);
    QString localPart(const Name& first, const Name& last);
    QString uniqueEmail(const QString& local, const QString& domain);
    QString companyName(const LocaleData& loc, const Name& ownerLast, QString* domainStem);
    void addSeeker();
    void addEmployer();

    std::vector<DemoUser*> candidates(const std::function<bool(const DemoUser&)>& accept);
    DemoUser* claim(const std::function<bool(const DemoUser&)>& accept);
    qint64 timeOnDay(int day, int fromSecond, int toSecond);
    qint64 sendTime(const DemoUser& user, int firstDay, int lastDay);
    Message& addMessage(const DemoUser& to, const QString& sender, qint64 time, qint64 size);
    void expect(const DemoUser& user, const char* category, const char* reason, const char* scenario);

    void hardScenarios();
    void softScenarios();
    void blockedScenarios();
    void clearedScenarios();
    void background();
    bool inBlockWindow(const QString& domain, qint64 time) const;

    Reply gmailUnknown();
    Reply gmailDisabled();
    Reply overQuota(const QString& domain);
    Reply mailboxFull552();
    Reply otherUnknown(const DemoUser& user);
    Reply outlookBlock(qint64 time);
    Reply spamhaus();
    Reply gmailUnauthenticated(const QString& senderDomain);
    Reply yahooDeferral();
    Reply greylisted(const QString& address);
    QString okReply(const Receiver& receiver, qint64 size);

    QString eximId(qint64 time);
    QString postfixId();
    void renderExim(LogWriter& log, const Message& message);
    void renderPostfix(LogWriter& log, const Message& message);
    void eximBounce(LogWriter& log, qint64 time, const QString& failedId, const QString& sender);
    void postfixBounce(LogWriter& log, qint64 time, const QString& failedId, const QString& sender);

    Random m_rng;
    qint64 m_reference;
    qint64 m_logStart;
    std::vector<DemoUser> m_users;
    QSet<QString> m_emails; // lower-cased, for uniqueness
    QSet<QString> m_companies;
    std::vector<Message> m_messages;
    std::vector<Expectation> m_expected;
    struct BlockWindow
    {
        std::function<bool(const QString&)> domain;
        qint64 from;
        qint64 to;
    };
    std::vector<BlockWindow> m_blockWindows;
    QSet<QString> m_ids;
    QSet<QString> m_spamhausDomains;
};

const LocaleData& Generator::pickLocale()
{
    const auto& all = locales();
    int total = 0;
    for (const auto& loc : all) {
        total += loc.weight;
    }
    qint64 roll = m_rng.below(total);
    for (const auto& loc : all) {
        if (roll < loc.weight) {
            return loc;
        }
        roll -= loc.weight;
    }
    return all.front();
}

DemoUser Generator::makePerson(const LocaleData& names, const LocaleData& place, Name* first, Name* last)
{
    DemoUser user;
    *first = nameOf(m_rng.pick(names.firstNames));
    *last = nameOf(m_rng.pick(names.lastNames));
    user.firstName = first->display;
    user.lastName = last->display;
    const Place& where = m_rng.pick(place.places);
    user.city = utf8(where.city);
    user.region = utf8(where.region);
    user.postcode = fillPattern(m_rng, where.postcode);
    user.country = QLatin1String(place.country);

    // Registrations grow over the three years, as a young board's do.
    const qint64 span = 3 * 365 * Day;
    const double age = 1.0 - std::sqrt(m_rng.unit());
    user.registeredAt = m_reference - 3600 - qint64(age * double(span - 3600));
    user.archived = m_rng.chance(0.08);
    user.subscribed = m_rng.chance(user.archived ? 0.35 : 0.73);
    if (!m_rng.chance(0.11)) {
        const double r = m_rng.unit();
        const double share = user.archived ? 0.6 * r : 1.0 - r * r * r;
        user.lastLoginAt = user.registeredAt + 60 + qint64(share * double(m_reference - user.registeredAt - 120));
    }
    return user;
}

QString Generator::localPart(const Name& first, const Name& last)
{
    const QString f = first.ascii.isEmpty() ? u"user"_s : first.ascii;
    const QString l = last.ascii.isEmpty() ? u"mail"_s : last.ascii;
    const int roll = int(m_rng.below(100));
    if (roll < 30) {
        return f + u'.' + l;
    }
    if (roll < 40) {
        return f + l;
    }
    if (roll < 50) {
        return f.left(1) + u'.' + l;
    }
    if (roll < 55) {
        return f + u'_' + l;
    }
    if (roll < 67) {
        return f + u'.' + l + QString::number(m_rng.between(70, 99) % 100).rightJustified(2, u'0');
    }
    if (roll < 72) {
        return l + u'.' + f;
    }
    if (roll < 80) {
        return f + l.left(1) + QString::number(m_rng.between(1, 99));
    }
    if (roll < 90) {
        return f + QString::number(m_rng.between(1980, 2006));
    }
    return l + f.left(1);
}

QString Generator::uniqueEmail(const QString& local, const QString& domain)
{
    QString candidate = local + u'@' + domain;
    while (m_emails.contains(candidate.toLower())) {
        candidate = local + QString::number(m_rng.between(2, 999)) + u'@' + domain;
    }
    m_emails.insert(candidate.toLower());
    return candidate;
}

QString Generator::companyName(const LocaleData& loc, const Name& ownerLast, QString* domainStem)
{
    for (;;) {
        QString name;
        QString stem;
        const int style = int(m_rng.below(10));
        if (loc.japaneseCompanies) {
            const Name sector = nameOf(m_rng.pick(japaneseSectors()));
            name = u"株式会社"_s + ownerLast.display + sector.display;
            stem = ownerLast.ascii + u'-' + sector.ascii;
        } else {
            const Name sector = nameOf(
                loc.sectors.empty() || m_rng.chance(0.4) ? m_rng.pick(englishSectors()) : m_rng.pick(loc.sectors));
            const QString suffix = utf8(m_rng.pick(loc.companySuffixes));
            if (style < 4) {
                const Name root = nameOf(m_rng.pick(companyRoots()));
                name = root.display + u' ' + sector.display;
                stem = m_rng.chance(0.5) ? QString(root.ascii + sector.ascii)
                                         : QString(root.ascii + u'-' + sector.ascii);
            } else if (style < 8) {
                name = ownerLast.display + u' ' + sector.display;
                stem = ownerLast.ascii + u'-' + sector.ascii;
            } else {
                const Name partner = nameOf(m_rng.pick(loc.lastNames));
                name = ownerLast.display + u" & "_s + partner.display;
                stem = ownerLast.ascii + u'-' + partner.ascii;
            }
            name += u' ' + suffix;
        }
        const QString domain = stem + u'.' + QLatin1String(loc.tld);
        if (!m_companies.contains(name) && !m_emails.contains(u"@"_s + domain)) {
            m_companies.insert(name);
            m_emails.insert(u"@"_s + domain); // reserves the domain for one company
            *domainStem = domain;
            return name;
        }
    }
}

void Generator::addSeeker()
{
    const LocaleData& names = pickLocale();
    // An international board: some people live far from where their names come from.
    const LocaleData& place = m_rng.chance(0.12) ? pickLocale() : names;
    Name firstAscii;
    Name lastAscii;
    DemoUser user = makePerson(names, place, &firstAscii, &lastAscii);
    user.jobAlert = m_rng.chance(0.55);

    QString domain = m_rng.chance(0.15) ? utf8(m_rng.pick(globalMailDomains())) : utf8(m_rng.pick(place.mailDomains));
    QString local = localPart(firstAscii, lastAscii);

    // The odd cases a real user table has: capitals, plus-addressing, and mistyped domains.
    const int odd = int(m_rng.below(1000));
    if (odd < 15) {
        local = local.left(1).toUpper() + local.mid(1);
        if (const qsizetype dot = local.indexOf(u'.'); dot > 0 && dot + 1 < local.size()) {
            local[dot + 1] = local[dot + 1].toUpper();
        }
    } else if (odd < 20) {
        domain = domain.left(1).toUpper() + domain.mid(1);
    } else if (odd < 32 && (domain == u"gmail.com"_s || domain == u"outlook.com"_s || domain == u"icloud.com"_s)) {
        local += u'+' + utf8(m_rng.pick(plusTags()));
    } else if (odd < 45) {
        for (const auto& typo : typoDomains()) {
            if (domain == QLatin1String(typo.first)) {
                domain = QLatin1String(typo.second);
                user.typoDomain = true;
                // Nobody keeps a mistyped address for years: these signed up lately.
                user.registeredAt = m_logStart + Day + m_rng.below((LogDays - 3) * Day);
                user.lastLoginAt = m_rng.chance(0.5) ? user.registeredAt + m_rng.between(60, 2 * Day) : -1;
                user.archived = false;
                break;
            }
        }
    }
    user.email = uniqueEmail(local, domain);
    m_users.push_back(user);
}

void Generator::addEmployer()
{
    const LocaleData& loc = pickLocale();
    Name firstAscii;
    Name lastAscii;
    DemoUser user = makePerson(loc, loc, &firstAscii, &lastAscii);
    user.employer = true;
    user.subscribed = m_rng.chance(0.6);

    QString domain;
    user.company = companyName(loc, lastAscii, &domain);
    const int roll = int(m_rng.below(100));
    if (roll < 12) {
        // Small businesses often recruit from a free mailbox.
        user.email = uniqueEmail(localPart(firstAscii, lastAscii), utf8(m_rng.pick(loc.mailDomains)));
    } else if (roll < 50) {
        const std::vector<const char*>& roles = loc.roleMailboxes.empty() ? englishRoles() : loc.roleMailboxes;
        user.email = uniqueEmail(utf8(m_rng.pick(roles)), domain);
        user.companyDomain = true;
    } else {
        QString local = roll < 80 ? QString(firstAscii.ascii + u'.' + lastAscii.ascii)
                                  : QString(firstAscii.ascii.left(1) + lastAscii.ascii);
        // Some companies print addresses as "Anna.Schmidt@...", and the board kept what was typed.
        if (m_rng.chance(0.08)) {
            local[0] = local[0].toUpper();
            if (const qsizetype dot = local.indexOf(u'.'); dot > 0 && dot + 1 < local.size()) {
                local[dot + 1] = local[dot + 1].toUpper();
            }
        }
        user.email = uniqueEmail(local, domain);
        user.companyDomain = true;
    }
    m_users.push_back(user);
}

void Generator::makeUsers()
{
    m_users.reserve(DemoBoard::SeekerCount + DemoBoard::EmployerCount);
    for (int i = 0; i < DemoBoard::SeekerCount; ++i) {
        addSeeker();
    }
    for (int i = 0; i < DemoBoard::EmployerCount; ++i) {
        addEmployer();
    }
    // Ids follow registration order, as an auto-increment key would.
    std::stable_sort(m_users.begin(), m_users.end(),
        [](const DemoUser& a, const DemoUser& b) { return a.registeredAt < b.registeredAt; });
    for (size_t i = 0; i < m_users.size(); ++i) {
        DemoUser& user = m_users[i];
        user.id = qint64(i) + 1;
        user.domain = domainOf(user.email);
        user.provider = receiverFor(user.domain, user.typoDomain, user.companyDomain).provider;
    }
}

std::vector<DemoUser*> Generator::candidates(const std::function<bool(const DemoUser&)>& accept)
{
    std::vector<DemoUser*> out;
    for (DemoUser& user : m_users) {
        if (!user.claimed && !user.archived && accept(user)) {
            out.push_back(&user);
        }
    }
    return out;
}

DemoUser* Generator::claim(const std::function<bool(const DemoUser&)>& accept)
{
    const std::vector<DemoUser*> pool = candidates(accept);
    if (pool.empty()) {
        return nullptr;
    }
    DemoUser* user = m_rng.pick(pool);
    user->claimed = true;
    return user;
}

qint64 Generator::timeOnDay(int day, int fromSecond, int toSecond)
{
    return m_logStart + day * Day + m_rng.between(fromSecond, toSecond);
}

// A daytime send on one of the given days, after the user registered; -1 when impossible.
qint64 Generator::sendTime(const DemoUser& user, int firstDay, int lastDay)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 t = timeOnDay(int(m_rng.between(firstDay, lastDay)), 7 * 3600, 21 * 3600);
        if (t > user.registeredAt + 300) {
            return t;
        }
    }
    return -1;
}

Message& Generator::addMessage(const DemoUser& to, const QString& sender, qint64 time, qint64 size)
{
    Message message;
    message.time = time;
    message.sender = sender;
    message.size = size;
    message.recipient = to.email;
    message.user = &to;
    message.finalOffset = m_rng.between(1, 4);
    m_messages.push_back(message);
    return m_messages.back();
}

void Generator::expect(const DemoUser& user, const char* category, const char* reason, const char* scenario)
{
    m_expected.push_back(
        { user.email.toLower(), QLatin1String(category), QLatin1String(reason), user.id, QLatin1String(scenario) });
}

bool Generator::inBlockWindow(const QString& domain, qint64 time) const
{
    for (const BlockWindow& window : m_blockWindows) {
        if (time >= window.from && time <= window.to && window.domain(domain)) {
            return true;
        }
    }
    return false;
}

// ---- replies, worded as the providers word them ---------------------------------------------

Reply Generator::gmailUnknown()
{
    return { { u"550-5.1.1 The email account that you tried to reach does not exist. Please try"_s,
                 u"550-5.1.1 double-checking the recipient's email address for typos or"_s,
                 u"550-5.1.1 unnecessary spaces. For more information, go to"_s,
                 u"550 5.1.1  https://support.google.com/mail/?p=NoSuchUser "_s + alnumToken(m_rng, 20) + u"si"_s
                     + QString::number(m_rng.between(1000000, 9999999)) + u"."_s
                     + QString::number(m_rng.between(10, 999)) + u" - gsmtp"_s },
        u"5.1.1"_s, Stage::Rcpt };
}

Reply Generator::gmailDisabled()
{
    return { { u"550-5.2.1 The email account that you tried to reach is disabled. For more"_s,
                 u"550-5.2.1 information, go to"_s,
                 u"550 5.2.1  https://support.google.com/mail/?p=DisabledUser "_s + alnumToken(m_rng, 20)
                     + u" - gsmtp"_s },
        u"5.2.1"_s, Stage::Rcpt };
}

Reply Generator::overQuota(const QString& domain)
{
    if (domain == u"gmail.com"_s) {
        return { { u"452-4.2.2 The recipient's inbox is out of storage space. Please direct the"_s,
                     u"452-4.2.2 recipient to"_s,
                     u"452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp "_s + alnumToken(m_rng, 20)
                         + u" - gsmtp"_s },
            u"4.2.2"_s, Stage::Rcpt };
    }
    return { { u"452 4.2.2 Mailbox full, try again later"_s }, u"4.2.2"_s, Stage::Rcpt };
}

Reply Generator::mailboxFull552()
{
    return { { u"552 5.2.2 Quota exceeded (mailbox for user is full)"_s }, u"5.2.2"_s, Stage::Rcpt };
}

Reply Generator::otherUnknown(const DemoUser& user)
{
    const QString domain = domainOf(user.email);
    if (domain == u"icloud.com"_s) {
        return { { u"550 5.1.1 <"_s + user.email + u">: user does not exist"_s }, u"5.1.1"_s, Stage::Rcpt };
    }
    if (domain == u"orange.fr"_s || domain == u"wanadoo.fr"_s) {
        return { { u"550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"_s },
            u"5.1.1"_s, Stage::Rcpt };
    }
    return { { u"550 5.1.1 <"_s + user.email
                 + u">: Recipient address rejected: User unknown in virtual mailbox table"_s },
        u"5.1.1"_s, Stage::Rcpt };
}

Reply Generator::outlookBlock(qint64 time)
{
    static const char* const prefixes[] = { "AM4PEPF", "DB1PEPF", "VI1EUR", "AMS0EPF", "DU2PEPF" };
    const QString server = QLatin1String(prefixes[m_rng.below(5)]) + hexToken(m_rng, 9, true) + u".eurprd0"_s
        + QString::number(m_rng.between(1, 9)) + u".prod.outlook.com"_s;
    const QString stamp = QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.'
        + QString::number(m_rng.between(100, 999)) + u'Z';
    return { { u"550 5.7.1 Unfortunately, messages from ["_s + BoardIp
                 + u"] weren't sent. Please contact your Internet service provider since part of their network is on "
                   "our block list (S3150). You can also refer your provider to "
                   "http://mail.live.com/mail/troubleshooting.aspx#errors. ["_s
                 + server + u' ' + stamp + u' ' + hexToken(m_rng, 16, true) + u']' },
        u"5.7.1"_s, Stage::MailFrom };
}

Reply Generator::spamhaus()
{
    return { { u"554 5.7.1 Service unavailable; Client host ["_s + BoardIp
                 + u"] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/"_s + BoardIp },
        u"5.7.1"_s, Stage::Rcpt };
}

Reply Generator::gmailUnauthenticated(const QString& senderDomain)
{
    return { { u"550-5.7.26 This mail has been blocked because the sender is unauthenticated."_s,
                 u"550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM."_s, u"550-5.7.26"_s,
                 u"550-5.7.26  Authentication results:"_s, u"550-5.7.26  DKIM = did not pass"_s,
                 u"550-5.7.26  SPF ["_s + senderDomain + u"] with ip: ["_s + BoardIp + u"] = did not pass"_s,
                 u"550-5.7.26"_s, u"550-5.7.26  For instructions on setting up authentication, go to"_s,
                 u"550 5.7.26  https://support.google.com/mail/answer/81126#authentication "_s + alnumToken(m_rng, 20)
                     + u" - gsmtp"_s },
        u"5.7.26"_s, Stage::Data };
}

Reply Generator::yahooDeferral()
{
    return { { u"421 4.7.0 [TSS04] Messages from "_s + BoardIp
                 + u" temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; "
                   "see https://postmaster.yahooinc.com/error-codes"_s },
        u"4.7.0"_s, Stage::MailFrom };
}

Reply Generator::greylisted(const QString& address)
{
    return { { u"450 4.2.0 <"_s + address
                 + u">: Recipient address rejected: Greylisted, see "
                   "http://postgrey.schweikert.ch/help/"_s
                 + domainOf(address) + u".html"_s },
        u"4.2.0"_s, Stage::Rcpt };
}

QString Generator::okReply(const Receiver& receiver, qint64 size)
{
    switch (receiver.provider) {
    case Provider::Google:
        return u"250 2.0.0 OK  "_s + QString::number(1795000000 + m_rng.below(2500000)) + u' ' + alnumToken(m_rng, 20)
            + u"si"_s + QString::number(m_rng.between(1000000, 9999999)) + u" - gsmtp"_s;
    case Provider::Microsoft:
        return u"250 2.6.0 <"_s + hexToken(m_rng, 12, false) + u"@"_s + BoardDomain + u"> [InternalId="_s
            + QString::number(m_rng.between(10000000000000LL, 99999999999999LL)) + u", Hostname="_s
            + hexToken(m_rng, 4, true) + u"PR0"_s + QString::number(m_rng.between(1, 9)) + u"MB"_s
            + QString::number(m_rng.between(1000, 9999)) + u".eurprd0"_s + QString::number(m_rng.between(1, 9))
            + u".prod.outlook.com] "_s + QString::number(size + 1900) + u" bytes in 0."_s
            + QString::number(m_rng.between(100, 999)) + u", "_s + QString::number(m_rng.between(10, 90))
            + u".312 KB/sec Queued mail for delivery"_s;
    case Provider::Yahoo:
        return u"250 ok dirdel"_s;
    case Provider::United:
        return u"250 Requested mail action okay, completed: id="_s + alnumToken(m_rng, 8) + u'-'
            + alnumToken(m_rng, 10);
    case Provider::Orange:
        return u"250 2.0.0 "_s + alnumToken(m_rng, 16) + u" mail accepted for delivery"_s;
    case Provider::Apple:
    case Provider::Own:
    case Provider::None:
        break;
    }
    return u"250 2.0.0 Ok: queued as "_s + hexToken(m_rng, 10, true);
}

// ---- scenarios ------------------------------------------------------------------------------

void Generator::hardScenarios()
{
    // Dead Gmail accounts that keep receiving job alerts until someone notices.
    for (int i = 0; i < 45; ++i) {
        DemoUser* user = claim([](const DemoUser& u) { return !u.employer && u.domain == u"gmail.com"_s; });
        if (!user) {
            break;
        }
        const int sends = int(m_rng.between(1, 3));
        int sent = 0;
        for (int s = 0; s < sends; ++s) {
            const qint64 t = sendTime(*user, s * 9, s * 9 + 8);
            if (t < 0) {
                continue;
            }
            Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
            m.route = Route::Fail;
            m.reply = gmailUnknown();
            ++sent;
        }
        if (sent > 0) {
            expect(*user, "hard", "userunknown", "gmail-unknown-user");
        }
    }

    // Unknown users elsewhere, including recruiters who left their company.
    for (int i = 0; i < 30; ++i) {
        const bool employer = i < 10;
        DemoUser* user = claim([employer](const DemoUser& u) {
            const Provider p = u.provider;
            return u.employer == employer && (p == Provider::Own || p == Provider::Apple || p == Provider::Orange);
        });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 2);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, employer ? NoReplySender : AlertsSender, t, m_rng.between(4000, 12000));
        m.route = Route::Fail;
        m.reply = otherUnknown(*user);
        expect(*user, "hard", "userunknown", employer ? "recruiter-left-company" : "unknown-user");
    }

    // Mistyped domains: the registration confirmation cannot be routed at all.
    for (DemoUser& user : m_users) {
        if (!user.typoDomain || user.claimed) {
            continue;
        }
        user.claimed = true;
        Message& m
            = addMessage(user, NoReplySender, user.registeredAt + m_rng.between(2, 40), m_rng.between(3000, 5000));
        m.route = Route::Unrouteable;
        expect(user, "hard", "hostunknown", "mistyped-domain");
    }

    // Companies that moved their people to a new domain.
    for (int i = 0; i < 8; ++i) {
        DemoUser* user
            = claim([](const DemoUser& u) { return u.employer && u.companyDomain && u.provider == Provider::Own; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 2);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, NoReplySender, t, m_rng.between(4000, 9000));
        m.route = Route::Fail;
        m.reply = { { u"550 5.1.6 <"_s + user->email
                        + u">: Recipient address rejected: this mailbox has moved and no "
                          "longer accepts mail"_s },
            u"5.1.6"_s, Stage::Rcpt };
        expect(*user, "hard", "hasmoved", "mailbox-moved");
    }
}

void Generator::softScenarios()
{
    const auto fullCapable = [](const DemoUser& u) {
        const QString d = u.domain;
        return !u.employer
            && (d == u"gmail.com"_s || d == u"web.de"_s || d == u"gmx.net"_s || d == u"gmx.de"_s || d == u"orange.fr"_s
                || d == u"t-online.de"_s || d == u"free.fr"_s || d == u"wp.pl"_s);
    };

    // A full mailbox deferred until the retry time ran out (Exim 4 days, Postfix 5 days).
    for (int i = 0; i < 20; ++i) {
        DemoUser* user = claim(fullCapable);
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 7);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.route = Route::DeferThenExpire;
        m.reply = overQuota(domainOf(user->email));
        for (qint64 offset : { 1LL, 900LL, 2700LL, 6300LL, 13500LL, 27900LL, 50000LL, 72000LL }) {
            m.deferOffsets.push_back(offset + m_rng.below(60));
        }
        for (qint64 offset = 93600; offset < 4 * Day; offset += 6 * 3600) {
            m.deferOffsets.push_back(offset + m_rng.below(300));
        }
        m.finalOffset = 4 * Day + m_rng.between(600, 1800);
        expect(*user, "soft", "mailboxfull", "mailbox-full-expired");
    }

    // A full mailbox refused outright, once.
    for (int i = 0; i < 15; ++i) {
        DemoUser* user = claim([&](const DemoUser& u) { return fullCapable(u) && u.domain != u"gmail.com"_s; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.route = Route::Fail;
        m.reply = mailboxFull552();
        expect(*user, "soft", "mailboxfull", "mailbox-full-once");
    }

    // Full three times over more than a week: counts as hard (escalation defaults 3 and 7).
    for (int i = 0; i < 8; ++i) {
        DemoUser* user = claim([&](const DemoUser& u) {
            return fullCapable(u) && u.domain != u"gmail.com"_s && u.registeredAt < m_logStart;
        });
        if (!user) {
            break;
        }
        const int first = int(m_rng.between(0, LogDays - 12));
        for (int day : { first, first + 4, first + 9 }) {
            Message& m = addMessage(
                *user, AlertsSender, timeOnDay(day, 6 * 3600, 7 * 3600 + 1800), m_rng.between(6000, 14000));
            m.route = Route::Fail;
            m.reply = mailboxFull552();
        }
        expect(*user, "hard", "mailboxfull", "mailbox-full-escalated");
    }

    // Gmail accounts disabled by Google: soft by the taxonomy (suspend).
    for (int i = 0; i < 10; ++i) {
        DemoUser* user = claim([](const DemoUser& u) { return !u.employer && u.domain == u"gmail.com"_s; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.route = Route::Fail;
        m.reply = gmailDisabled();
        expect(*user, "soft", "suspend", "account-disabled");
    }

    // A company whose mail servers refuse connections for days.
    for (int i = 0; i < 6; ++i) {
        DemoUser* user
            = claim([](const DemoUser& u) { return u.employer && u.companyDomain && u.provider == Provider::Own; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 7);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, NoReplySender, t, m_rng.between(4000, 9000));
        m.route = Route::RefusedThenExpire;
        for (qint64 offset = 1; offset < 4 * Day; offset = offset < 7200 ? offset * 4 + 600 : offset + 6 * 3600) {
            m.deferOffsets.push_back(offset);
        }
        m.finalOffset = 4 * Day + m_rng.between(600, 1800);
        expect(*user, "soft", "networkerror", "servers-down-expired");
    }
}

void Generator::blockedScenarios()
{
    // One morning the board's IP was on Microsoft's block list: every Outlook.com and Hotmail
    // recipient bounced at MAIL FROM. Their addresses are fine.
    const qint64 blockFrom = m_logStart + 16 * Day + 6 * 3600;
    const qint64 blockTo = m_logStart + 16 * Day + 14 * 3600;
    m_blockWindows.push_back({ [](const QString& d) { return isMicrosoftConsumer(d); }, blockFrom, blockTo });
    for (int i = 0; i < 40; ++i) {
        DemoUser* user = claim([&](const DemoUser& u) {
            return !u.employer && isMicrosoftConsumer(u.domain) && u.registeredAt < blockFrom - Day;
        });
        if (!user) {
            break;
        }
        const qint64 t = blockFrom + m_rng.below(blockTo - blockFrom);
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.route = Route::Fail;
        m.reply = outlookBlock(t);
        expect(*user, "blocked", "blocked", "outlook-block-list");
    }

    // Two days on Spamhaus: the servers that check zen refused the board.
    const qint64 listedFrom = m_logStart + 17 * Day + 8 * 3600;
    const qint64 listedTo = m_logStart + 18 * Day + 20 * 3600;
    for (int i = 0; i < 15; ++i) {
        DemoUser* user = claim([&](const DemoUser& u) {
            const QString d = u.domain;
            return receiverFor(d, u.typoDomain, u.companyDomain).provider == Provider::Own
                && !m_spamhausDomains.contains(d) && u.registeredAt < listedFrom - Day;
        });
        if (!user) {
            break;
        }
        m_spamhausDomains.insert(domainOf(user->email));
        const qint64 t = listedFrom + m_rng.below(listedTo - listedFrom);
        Message& m = addMessage(*user, user->employer ? NoReplySender : AlertsSender, t, m_rng.between(5000, 14000));
        m.route = Route::Fail;
        m.reply = spamhaus();
        expect(*user, "blocked", "blocked", "spamhaus-listing");
    }
    const QSet<QString> listed = m_spamhausDomains;
    m_blockWindows.push_back({ [listed](const QString& d) { return listed.contains(d); }, listedFrom, listedTo });

    // Recruiters writing through the board from their own domain, which does not authorise the
    // board's server: Gmail refuses the unauthenticated mail after DATA.
    for (int i = 0; i < 15; ++i) {
        DemoUser* seeker = claim([](const DemoUser& u) { return !u.employer && u.domain == u"gmail.com"_s; });
        DemoUser* recruiter = claim([](const DemoUser& u) { return u.employer && u.companyDomain; });
        if (!seeker || !recruiter) {
            break;
        }
        const qint64 t = sendTime(*seeker, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*seeker, recruiter->email, t, m_rng.between(8000, 60000));
        m.route = Route::Fail;
        m.reply = gmailUnauthenticated(domainOf(recruiter->email));
        expect(*seeker, "blocked", "authfailure", "recruiter-domain-unauthenticated");
    }

    // Yahoo deferring the board for volume: some deferrals clear, some run out of time.
    const qint64 yahooFrom = m_logStart + 18 * Day;
    const qint64 yahooTo = m_logStart + 21 * Day;
    m_blockWindows.push_back({ [](const QString& d) { return isYahoo(d); }, yahooFrom, yahooTo + 5 * Day });
    for (int i = 0; i < 20; ++i) {
        DemoUser* user = claim(
            [&](const DemoUser& u) { return !u.employer && isYahoo(u.domain) && u.registeredAt < yahooFrom - Day; });
        if (!user) {
            break;
        }
        const bool expires = i < 8;
        const qint64 t = yahooFrom + m_rng.below(yahooTo - yahooFrom);
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.reply = yahooDeferral();
        if (expires) {
            m.route = Route::DeferThenExpire;
            for (qint64 offset = 1; offset < 4 * Day; offset = offset < 7200 ? offset * 3 + 900 : offset + 5 * 3600) {
                m.deferOffsets.push_back(offset + m_rng.below(120));
            }
            m.finalOffset = 4 * Day + m_rng.between(600, 1800);
            expect(*user, "blocked", "badreputation", "yahoo-deferred-expired");
        } else {
            m.route = Route::DeferThenDeliver;
            const int tries = int(m_rng.between(2, 6));
            qint64 offset = 1;
            for (int k = 0; k < tries; ++k) {
                m.deferOffsets.push_back(offset);
                offset += 900 * (k + 1) + m_rng.below(600);
            }
            m.finalOffset = offset;
            expect(*user, "none", "delivered", "yahoo-deferred-then-delivered");
        }
    }

    // Recruiters attaching too much, and content filters that smell spam.
    for (int i = 0; i < 14; ++i) {
        const bool tooBig = i < 8;
        DemoUser* seeker = claim([](const DemoUser& u) {
            const Provider p = u.provider;
            return !u.employer && (p == Provider::Own || p == Provider::United || p == Provider::Orange);
        });
        DemoUser* recruiter = claim([](const DemoUser& u) { return u.employer; });
        if (!seeker || !recruiter) {
            break;
        }
        const qint64 t = sendTime(*seeker, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(
            *seeker, recruiter->email, t, tooBig ? m_rng.between(26000000, 38000000) : m_rng.between(20000, 90000));
        m.route = Route::Fail;
        if (tooBig) {
            m.reply = { { u"552 5.3.4 Message size exceeds fixed limit"_s }, u"5.3.4"_s, Stage::Data };
            expect(*seeker, "blocked", "mesgtoobig", "attachment-too-big");
        } else {
            m.reply = { { u"554 5.7.1 Spam message rejected"_s }, u"5.7.1"_s, Stage::Data };
            expect(*seeker, "blocked", "spamdetected", "content-filter");
        }
    }
}

void Generator::clearedScenarios()
{
    // Greylisting: the first try is turned away, the retry goes through.
    for (int i = 0; i < 25; ++i) {
        DemoUser* user = claim([](const DemoUser& u) { return u.provider == Provider::Own; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, user->employer ? NoReplySender : AlertsSender, t, m_rng.between(4000, 14000));
        m.route = Route::DeferThenDeliver;
        m.reply = greylisted(user->email);
        m.deferOffsets = { 1 };
        m.finalOffset = m_rng.between(900, 1900);
        expect(*user, "none", "delivered", "greylisted-then-delivered");
    }

    // A full mailbox that the owner emptied before the retry time ran out.
    for (int i = 0; i < 12; ++i) {
        DemoUser* user = claim([](const DemoUser& u) {
            const QString d = u.domain;
            return !u.employer && (d == u"gmail.com"_s || d == u"web.de"_s || d == u"gmx.net"_s);
        });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 4);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, AlertsSender, t, m_rng.between(6000, 14000));
        m.route = Route::DeferThenDeliver;
        m.reply = overQuota(domainOf(user->email));
        m.deferOffsets = { 1, 900 + m_rng.below(60), 2700 + m_rng.below(60), 6300 + m_rng.below(60),
            13500 + m_rng.below(60), 27900 + m_rng.below(60) };
        m.finalOffset = 50000 + m_rng.below(30000);
        expect(*user, "none", "delivered", "mailbox-full-then-delivered");
    }

    // The first MX is down or refuses at the banner; the second takes the mail. No bounce.
    for (int i = 0; i < 10; ++i) {
        DemoUser* user = claim([](const DemoUser& u) { return u.provider == Provider::Own; });
        if (!user) {
            break;
        }
        const qint64 t = sendTime(*user, 0, LogDays - 1);
        if (t < 0) {
            continue;
        }
        Message& m = addMessage(*user, user->employer ? NoReplySender : AlertsSender, t, m_rng.between(4000, 14000));
        m.route = Route::FirstMxDownThenDeliver;
        m.firstMxAnswers421 = i % 2 == 1;
        m.finalOffset = m_rng.between(2, 25);
    }
}

void Generator::background()
{
    std::vector<const DemoUser*> seekers;
    std::vector<const DemoUser*> alertable;
    std::vector<const DemoUser*> employers;
    std::vector<const DemoUser*> everyone;
    for (const DemoUser& u : m_users) {
        if (u.claimed || u.archived) {
            continue;
        }
        everyone.push_back(&u);
        if (u.employer) {
            employers.push_back(&u);
        } else {
            seekers.push_back(&u);
            if (u.subscribed && u.jobAlert) {
                alertable.push_back(&u);
            }
        }
    }

    const auto send = [&](const DemoUser& to, const QString& sender, qint64 t, qint64 size) {
        if (t <= to.registeredAt + 300 || t >= m_reference - 600 || inBlockWindow(domainOf(to.email), t)) {
            return;
        }
        Message& m = addMessage(to, sender, t, size);
        m.route = Route::Deliver;
    };

    // The morning job-alert run.
    for (int day = 0; day < LogDays; ++day) {
        for (int i = 0; i < 85; ++i) {
            send(*m_rng.pick(alertable), AlertsSender, timeOnDay(day, 6 * 3600, 7 * 3600 + 1800),
                m_rng.between(6000, 14000));
        }
    }
    // Confirmations for everyone who signed up during the log.
    for (const DemoUser* u : everyone) {
        if (u->registeredAt >= m_logStart && u->registeredAt < m_reference - 600) {
            Message& m
                = addMessage(*u, NoReplySender, u->registeredAt + m_rng.between(2, 40), m_rng.between(3000, 5000));
            m.route = Route::Deliver;
        }
    }
    for (int i = 0; i < 120; ++i) {
        const DemoUser& to = *m_rng.pick(everyone);
        send(to, NoReplySender, timeOnDay(int(m_rng.below(LogDays)), 7 * 3600, 23 * 3600), m_rng.between(3000, 5000));
    }
    // "You have a new application" to employers, and recruiters writing to applicants.
    for (int i = 0; i < 500; ++i) {
        const DemoUser& to = *m_rng.pick(employers);
        send(to, NoReplySender, timeOnDay(int(m_rng.below(LogDays)), 7 * 3600, 22 * 3600), m_rng.between(5000, 9000));
    }
    for (int i = 0; i < 600; ++i) {
        const DemoUser& from = *m_rng.pick(employers);
        const DemoUser& to = *m_rng.pick(seekers);
        const qint64 size = m_rng.chance(0.2) ? m_rng.between(150000, 2500000) : m_rng.between(4000, 60000);
        send(to, from.email, timeOnDay(int(m_rng.below(LogDays)), 8 * 3600, 19 * 3600), size);
    }
}

void Generator::makeTraffic()
{
    hardScenarios();
    softScenarios();
    blockedScenarios();
    clearedScenarios();
    background();
    // Messages past the demo's "now" would make the logs end in the future.
    m_messages.erase(std::remove_if(m_messages.begin(), m_messages.end(),
                         [this](const Message& m) { return m.time >= m_reference - 600; }),
        m_messages.end());
}

// ---- Exim ----------------------------------------------------------------------------------

// Exim 4.96 ids are 6-6-2 base-62 characters, 4.97 and later 6-11-4 (ChangeLog JH/29). The
// demo's server was upgraded during the log, so both appear, as they would on a real one.
QString Generator::eximId(qint64 time)
{
    const bool newFormat = time >= m_logStart + 18 * Day + 3 * 3600;
    for (;;) {
        const QString id = base62(quint64(time), 6) + u'-'
            + base62(quint64(m_rng.between(800, 4000000)), newFormat ? 11 : 6) + u'-'
            + base62(m_rng.below(newFormat ? 62 * 62 * 62 * 62 : 62 * 62), newFormat ? 4 : 2);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString eximCommand(const Reply& reply, const QString& recipient, const QString& sender, qint64 size)
{
    switch (reply.stage) {
    case Stage::Rcpt:
        return u"RCPT TO:<"_s + recipient + u'>';
    case Stage::MailFrom:
        return u"MAIL FROM:<"_s + sender + u"> SIZE="_s + QString::number(size);
    case Stage::Data:
        return u"end of data"_s;
    }
    return {};
}

// Exim writes multi-line replies on one log line with the line breaks as a literal "\n".
QString eximReplyText(const Reply& reply)
{
    return reply.lines.join(u"\\n"_s);
}

QString eximAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return address.left(at + 1) + address.mid(at + 1).toLower();
}

const QString TlsCipher = u" X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes"_s;

void Generator::eximBounce(LogWriter& log, qint64 time, const QString& failedId, const QString& sender)
{
    const QString id = eximId(time);
    log.add(time,
        eximTime(time) + u' ' + id + u" <= <> R="_s + failedId + u" U=Debian-exim P=local S="_s
            + QString::number(m_rng.between(2400, 9000)));
    log.add(time, eximTime(time) + u' ' + failedId + u" Completed"_s);
    const qint64 later = time + m_rng.between(0, 1);
    if (domainOf(sender) == BoardDomain) {
        const QString local = sender.left(sender.indexOf(u'@'));
        log.add(later,
            eximTime(later) + u' ' + id + u" => "_s + local + u" <"_s + sender + u"> R=local_user T=mail_spool"_s);
    } else {
        const Receiver receiver = receiverFor(domainOf(sender), false, true);
        const Mx& mx = receiver.hosts.front();
        log.add(later,
            eximTime(later) + u' ' + id + u" => "_s + eximAddress(sender) + u" R=dnslookup T=remote_smtp H="_s + mx.host
                + u" ["_s + mx.ip + u']' + (receiver.tls ? TlsCipher : QString()) + u" C=\""_s + okReply(receiver, 4000)
                + u'"');
    }
    log.add(later, eximTime(later) + u' ' + id + u" Completed"_s);
}

void Generator::renderExim(LogWriter& log, const Message& m)
{
    const QString id = eximId(m.time);
    const QString rcpt = eximAddress(m.recipient);
    const QString domain = domainOf(m.recipient);
    const Receiver receiver = receiverFor(domain, m.user->typoDomain, m.user->companyDomain);
    const QString msgId = QDateTime::fromSecsSinceEpoch(m.time, Qt::UTC).toString(u"yyyyMMddHHmmss"_s) + u'.'
        + hexToken(m_rng, 12, false) + u'@' + BoardDomain;
    log.add(m.time,
        eximTime(m.time) + u' ' + id + u" <= "_s + m.sender + u" U=www-data P=local S="_s + QString::number(m.size)
            + u" id="_s + msgId);

    const Mx mx = receiver.hosts.empty() ? Mx() : receiver.hosts[size_t(m_rng.below(qint64(receiver.hosts.size())))];
    const QString host = u" H="_s + mx.host + u" ["_s + mx.ip + u']';
    const QString tls = receiver.tls ? TlsCipher : QString();
    const qint64 end = m.time + m.finalOffset;
    const auto delivered = [&](qint64 t, const Mx& via) {
        log.add(t,
            eximTime(t) + u' ' + id + u" => "_s + rcpt + u" R=dnslookup T=remote_smtp H="_s + via.host + u" ["_s
                + via.ip + u']' + tls + u" C=\""_s + okReply(receiver, m.size) + u'"');
        log.add(t, eximTime(t) + u' ' + id + u" Completed"_s);
    };
    const auto errno4xx = [&]() -> QString {
        return m.reply.stage == Stage::Rcpt ? u"-44"_s : m.reply.stage == Stage::MailFrom ? u"-45"_s : u"-46"_s;
    };
    const QString smtpError = u": SMTP error from remote mail server after "_s
        + eximCommand(m.reply, rcpt, m.sender, m.size) + u": "_s + eximReplyText(m.reply);

    switch (m.route) {
    case Route::Deliver:
        delivered(end, mx);
        break;
    case Route::FirstMxDownThenDeliver: {
        const Mx& first = receiver.hosts.front();
        const QString refusal = m.firstMxAnswers421
            ? u": SMTP error from remote mail server after initial connection: 421 4.3.2 System not accepting "
              "network messages"_s
            : u" Connection refused"_s;
        log.add(end, eximTime(end) + u' ' + id + u" H="_s + first.host + u" ["_s + first.ip + u']' + refusal);
        delivered(end, receiver.hosts.back());
        break;
    }
    case Route::Fail:
        log.add(end,
            eximTime(end) + u' ' + id + u" ** "_s + rcpt + u" R=dnslookup T=remote_smtp"_s + host + tls + smtpError);
        eximBounce(log, end, id, m.sender);
        break;
    case Route::Unrouteable:
        log.add(end, eximTime(end) + u' ' + id + u" ** "_s + rcpt + u": Unrouteable address"_s);
        eximBounce(log, end, id, m.sender);
        break;
    case Route::DeferThenDeliver:
    case Route::DeferThenExpire:
        for (qint64 offset : m.deferOffsets) {
            const qint64 t = m.time + offset;
            log.add(t,
                eximTime(t) + u' ' + id + u" == "_s + rcpt + u" R=dnslookup T=remote_smtp defer ("_s + errno4xx() + u')'
                    + host + smtpError);
        }
        if (m.route == Route::DeferThenDeliver) {
            delivered(end, mx);
        } else {
            log.add(end, eximTime(end) + u' ' + id + u" ** "_s + rcpt + u": retry timeout exceeded"_s);
            eximBounce(log, end, id, m.sender);
        }
        break;
    case Route::RefusedThenExpire:
        for (qint64 offset : m.deferOffsets) {
            const qint64 t = m.time + offset;
            for (const Mx& each : receiver.hosts) {
                log.add(
                    t, eximTime(t) + u' ' + id + u" H="_s + each.host + u" ["_s + each.ip + u"] Connection refused"_s);
            }
            log.add(t,
                eximTime(t) + u' ' + id + u" == "_s + rcpt
                    + u" R=dnslookup T=remote_smtp defer (111): Connection refused"_s);
        }
        log.add(end, eximTime(end) + u' ' + id + u" ** "_s + rcpt + u": retry timeout exceeded"_s);
        eximBounce(log, end, id, m.sender);
        break;
    }
}

QByteArray Generator::eximLog()
{
    LogWriter log;
    const qint64 upgrade = m_logStart + 18 * Day + 3 * 3600;
    log.add(upgrade,
        eximTime(upgrade)
            + u" exim 4.97.1 daemon started: pid=812, -q30m, listening for SMTP on "
              "[127.0.0.1]:25 [::1]:25"_s);
    for (const Message& m : m_messages) {
        renderExim(log, m);
    }
    return log.finish();
}

// ---- Postfix -------------------------------------------------------------------------------

QString Generator::postfixId()
{
    for (;;) {
        const QString id = hexToken(m_rng, 10, true);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString postfixCommand(Stage stage)
{
    switch (stage) {
    case Stage::Rcpt:
        return u"RCPT TO command"_s;
    case Stage::MailFrom:
        return u"MAIL FROM command"_s;
    case Stage::Data:
        return u"end of DATA command"_s;
    }
    return {};
}

void Generator::postfixBounce(LogWriter& log, qint64 time, const QString& failedId, const QString& sender)
{
    const QString prefix = u" mail postfix/"_s;
    const QString id = postfixId();
    log.add(time,
        syslogTime(time) + prefix + u"bounce["_s + QString::number(m_rng.between(20000, 40000)) + u"]: "_s + failedId
            + u": sender non-delivery notification: "_s + id);
    log.add(time,
        syslogTime(time) + prefix + u"cleanup[2207]: "_s + id + u": message-id=<"_s
            + QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(u"yyyyMMddHHmmss"_s) + u'.' + id + u'@' + MtaHost
            + u'>');
    log.add(time,
        syslogTime(time) + prefix + u"qmgr[1123]: "_s + id + u": from=<>, size="_s
            + QString::number(m_rng.between(2400, 9000)) + u", nrcpt=1 (queue active)"_s);
    log.add(time, syslogTime(time) + prefix + u"qmgr[1123]: "_s + failedId + u": removed"_s);
    const qint64 later = time + m_rng.between(0, 1);
    if (domainOf(sender) == BoardDomain) {
        log.add(later,
            syslogTime(later) + prefix + u"local["_s + QString::number(m_rng.between(20000, 40000)) + u"]: "_s + id
                + u": to=<"_s + sender
                + u">, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent "
                  "(delivered to mailbox)"_s);
    } else {
        const Receiver receiver = receiverFor(domainOf(sender), false, true);
        const Mx& mx = receiver.hosts.front();
        log.add(later,
            syslogTime(later) + prefix + u"smtp["_s + QString::number(m_rng.between(20000, 40000)) + u"]: "_s + id
                + u": to=<"_s + sender + u">, relay="_s + mx.host + u'[' + mx.ip
                + u"]:25, delay=0.9, delays=0.01/0.01/0.41/0.47, dsn=2.0.0, status=sent ("_s + okReply(receiver, 4000)
                + u')');
    }
    log.add(later, syslogTime(later) + prefix + u"qmgr[1123]: "_s + id + u": removed"_s);
}

void Generator::renderPostfix(LogWriter& log, const Message& m)
{
    const QString prefix = u" mail postfix/"_s;
    const QString id = postfixId();
    const QString domain = domainOf(m.recipient);
    const Receiver receiver = receiverFor(domain, m.user->typoDomain, m.user->companyDomain);
    const qint64 size = m.size + 420; // Postfix counts the headers it adds

    log.add(m.time, syslogTime(m.time) + prefix + u"pickup[1187]: "_s + id + u": uid=33 from=<"_s + m.sender + u'>');
    log.add(m.time,
        syslogTime(m.time) + prefix + u"cleanup["_s + QString::number(m_rng.between(2200, 2260)) + u"]: "_s + id
            + u": message-id=<"_s + QDateTime::fromSecsSinceEpoch(m.time, Qt::UTC).toString(u"yyyyMMddHHmmss"_s) + u'.'
            + hexToken(m_rng, 12, false) + u'@' + BoardDomain + u'>');
    const QString queued = u"qmgr[1123]: "_s + id + u": from=<"_s + m.sender + u">, size="_s + QString::number(size)
        + u", nrcpt=1 (queue active)"_s;
    log.add(m.time, syslogTime(m.time) + prefix + queued);

    const Mx mx = receiver.hosts.empty() ? Mx() : receiver.hosts[size_t(m_rng.below(qint64(receiver.hosts.size())))];
    const auto smtp
        = [&]() -> QString { return prefix + u"smtp["_s + QString::number(m_rng.between(20000, 40000)) + u"]: "_s; };
    const auto delays = [&](qint64 age) -> QString {
        const double connect = double(m_rng.between(5, 90)) / 100.0;
        const double transfer = double(m_rng.between(5, 120)) / 100.0 + double(m.size) / 4.0e6;
        const double queue = age > 0 ? double(age) : double(m_rng.between(1, 8)) / 100.0;
        return u"delay="_s + formatDelay(queue + connect + transfer) + u", delays="_s + formatDelay(queue) + u'/'
            + formatDelay(double(m_rng.between(0, 3)) / 100.0) + u'/' + formatDelay(connect) + u'/'
            + formatDelay(transfer);
    };
    const auto to = [&](const Mx& via) -> QString {
        return id + u": to=<"_s + m.recipient + u">, relay="_s + via.host + u'[' + via.ip + u"]:25, "_s;
    };
    const auto said = [&]() -> QString {
        return u"host "_s + mx.host + u'[' + mx.ip + u"] said: "_s + m.reply.lines.join(u' ') + u" (in reply to "_s
            + postfixCommand(m.reply.stage) + u"))"_s;
    };
    const qint64 end = m.time + m.finalOffset;
    const auto delivered = [&](qint64 t, const Mx& via, bool retried) {
        log.add(t,
            syslogTime(t) + smtp() + to(via) + delays(retried ? t - m.time : 0) + u", dsn=2.0.0, status=sent ("_s
                + okReply(receiver, m.size) + u')');
        log.add(t, syslogTime(t) + prefix + u"qmgr[1123]: "_s + id + u": removed"_s);
    };
    // Postfix gives up after maximal_queue_lifetime, 5 days by default.
    const qint64 expiry = m.time + 5 * Day + m_rng.between(300, 3000);

    switch (m.route) {
    case Route::Deliver:
        delivered(end, mx, false);
        break;
    case Route::FirstMxDownThenDeliver: {
        const Mx& first = receiver.hosts.front();
        if (m.firstMxAnswers421) {
            log.add(end,
                syslogTime(end) + smtp() + id + u": host "_s + first.host + u'[' + first.ip
                    + u"] refused to talk to me: 421 4.3.2 System not accepting network messages"_s);
        } else {
            log.add(end,
                syslogTime(end) + smtp() + u"connect to "_s + first.host + u'[' + first.ip
                    + u"]:25: Connection refused"_s);
        }
        delivered(end, receiver.hosts.back(), false);
        break;
    }
    case Route::Fail:
        log.add(end,
            syslogTime(end) + smtp() + to(mx) + delays(0) + u", dsn="_s + m.reply.dsn + u", status=bounced ("_s
                + said());
        postfixBounce(log, end, id, m.sender);
        break;
    case Route::Unrouteable:
        log.add(end,
            syslogTime(end) + smtp() + id + u": to=<"_s + m.recipient
                + u">, relay=none, delay=0.05, delays=0.02/0.01/0.02/0, dsn=5.4.4, status=bounced (Host or "
                  "domain name not found. Name service error for name="_s
                + domain + u" type=MX: Host not found)"_s);
        postfixBounce(log, end, id, m.sender);
        break;
    case Route::DeferThenDeliver:
    case Route::DeferThenExpire:
    case Route::RefusedThenExpire:
        for (size_t k = 0; k < m.deferOffsets.size(); ++k) {
            const qint64 t = m.time + m.deferOffsets[k];
            if (m.route != Route::DeferThenDeliver && t >= expiry) {
                break;
            }
            if (k > 0) {
                log.add(t, syslogTime(t) + prefix + queued);
            }
            if (m.route == Route::RefusedThenExpire) {
                log.add(t,
                    syslogTime(t) + smtp() + u"connect to "_s + receiver.hosts.front().host + u'['
                        + receiver.hosts.front().ip + u"]:25: Connection refused"_s);
                log.add(t,
                    syslogTime(t) + smtp() + id + u": to=<"_s + m.recipient + u">, relay=none, "_s
                        + delays(m.deferOffsets[k]) + u", dsn=4.4.1, status=deferred (connect to "_s
                        + receiver.hosts.back().host + u'[' + receiver.hosts.back().ip
                        + u"]:25: Connection refused)"_s);
            } else {
                log.add(t,
                    syslogTime(t) + smtp() + to(mx) + delays(m.deferOffsets[k]) + u", dsn="_s + m.reply.dsn
                        + u", status=deferred ("_s + said());
            }
        }
        if (m.route == Route::DeferThenDeliver) {
            log.add(end, syslogTime(end) + prefix + queued);
            delivered(end, mx, true);
        } else {
            log.add(expiry,
                syslogTime(expiry) + prefix + u"qmgr[1123]: "_s + id + u": from=<"_s + m.sender
                    + u">, status=expired, returned to sender"_s);
            postfixBounce(log, expiry, id, m.sender);
        }
        break;
    }
}

QByteArray Generator::postfixLog()
{
    LogWriter log;
    for (const Message& m : m_messages) {
        renderPostfix(log, m);
    }
    return log.finish();
}

QByteArray Generator::expectedCsv() const
{
    QString out = u"address,category,reason,user_id,scenario\n"_s;
    for (const Expectation& e : m_expected) {
        out += e.address + u',' + e.category + u',' + e.reason + u',' + QString::number(e.userId) + u',' + e.scenario
            + u'\n';
    }
    return out.toUtf8();
}

// ---- the database --------------------------------------------------------------------------

QString connectionName()
{
    static std::atomic_int counter { 0 };
    return u"mailroom-demo-%1"_s.arg(counter.fetch_add(1));
}

bool execAll(QSqlQuery& query, const QStringList& statements, QString* error)
{
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool fillDatabase(QSqlDatabase& db, const std::vector<DemoUser>& users, QString* error)
{
    QSqlQuery query(db);
    const QStringList schema = {
        u"CREATE TABLE board (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE users (id INTEGER PRIMARY KEY, type TEXT NOT NULL CHECK (type IN ('seeker', 'employer')), "
        "first_name TEXT, last_name TEXT, company TEXT, email TEXT NOT NULL, city TEXT, region TEXT, postcode TEXT, "
        "country TEXT, subscribed INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('active', 'archived')), "
        "registered_at TEXT NOT NULL, last_login_at TEXT, job_alert INTEGER NOT NULL)"_s,
        u"CREATE UNIQUE INDEX users_email ON users (email COLLATE NOCASE)"_s,
    };
    if (!execAll(query, schema, error)) {
        return false;
    }

    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const std::vector<std::pair<QString, QString>> board = {
        { u"name"_s, u"Northwind Jobs (demo)"_s },
        { u"url"_s, u"https://"_s + BoardDomain },
        { u"domain"_s, BoardDomain },
        { u"senders"_s, AlertsSender + u',' + NoReplySender },
        { u"mta_host"_s, MtaHost },
        { u"sending_ip"_s, BoardIp },
        { u"reference_time"_s, isoTime(DemoBoard::referenceTime().toSecsSinceEpoch()) },
        { u"generator_version"_s, QString::number(DemoBoard::GeneratorVersion) },
    };
    if (!query.prepare(u"INSERT INTO board (key, value) VALUES (?, ?)"_s)) {
        *error = query.lastError().text();
        return false;
    }
    for (const auto& [key, value] : board) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }

    if (!query.prepare(u"INSERT INTO users (id, type, first_name, last_name, company, email, city, region, postcode, "
                       "country, subscribed, status, registered_at, last_login_at, job_alert) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    for (const DemoUser& u : users) {
        query.addBindValue(u.id);
        query.addBindValue(u.employer ? u"employer"_s : u"seeker"_s);
        query.addBindValue(u.firstName);
        query.addBindValue(u.lastName);
        query.addBindValue(u.employer ? QVariant(u.company) : QVariant());
        query.addBindValue(u.email);
        query.addBindValue(u.city);
        query.addBindValue(u.region);
        query.addBindValue(u.postcode);
        query.addBindValue(u.country);
        query.addBindValue(u.subscribed ? 1 : 0);
        query.addBindValue(u.archived ? u"archived"_s : u"active"_s);
        query.addBindValue(isoTime(u.registeredAt));
        query.addBindValue(u.lastLoginAt < 0 ? QVariant() : QVariant(isoTime(u.lastLoginAt)));
        query.addBindValue(u.jobAlert ? 1 : 0);
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool Generator::writeDatabase(const QString& path, QString* error) const
{
    QFile::remove(path);
    const QString name = connectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            ok = fillDatabase(db, m_users, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int storedGeneratorVersion(const QString& path)
{
    const QString name = connectionName();
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT value FROM board WHERE key = 'generator_version'"_s) && query.next()) {
                version = query.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

QDateTime DemoBoard::referenceTime()
{
    return QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
}

DemoBoardFiles DemoBoard::filesIn(const QString& folder)
{
    const QDir dir(folder);
    return { folder, dir.filePath(u"board.sqlite"_s), dir.filePath(u"exim-mainlog"_s),
        dir.filePath(u"postfix-maillog"_s), dir.filePath(u"expected-bounces.csv"_s) };
}

bool DemoBoard::generate(const QString& folder, DemoBoardFiles* files, QString* error)
{
    QString reason;
    const auto fail = [&](const QString& what) {
        if (error) {
            *error = tr("Could not write the demo board in %1: %2").arg(QDir::toNativeSeparators(folder), what);
        }
        return false;
    };
    if (!QDir().mkpath(folder)) {
        return fail(tr("the folder cannot be created"));
    }
    const DemoBoardFiles names = filesIn(folder);

    Generator generator;
    generator.makeUsers();
    generator.makeTraffic();

    // The database goes to a side file first so a failure never leaves half a board behind.
    const QString partial = names.database + u".partial"_s;
    if (!generator.writeDatabase(partial, &reason)) {
        QFile::remove(partial);
        return fail(reason);
    }
    if (!writeFile(names.eximLog, generator.eximLog(), &reason)
        || !writeFile(names.postfixLog, generator.postfixLog(), &reason)
        || !writeFile(names.expectedBounces, generator.expectedCsv(), &reason)) {
        QFile::remove(partial);
        return fail(reason);
    }
    // Mailroom keeps no connection to the board open between reads, but on Windows a second
    // instance reading it at this moment makes the replacement fail; that is reported, not hidden.
    QFile::remove(names.database);
    if (!QFile::rename(partial, names.database)) {
        QFile::remove(partial);
        return fail(tr("%1 cannot be replaced").arg(QDir::toNativeSeparators(names.database)));
    }
    qCDebug(lcBoard) << "demo board generated in" << folder;
    if (files) {
        *files = names;
    }
    return true;
}

bool DemoBoard::ensure(const QString& folder, DemoBoardFiles* files, QString* error)
{
    const DemoBoardFiles names = filesIn(folder);
    const bool complete = QFileInfo::exists(names.database) && QFileInfo::exists(names.eximLog)
        && QFileInfo::exists(names.postfixLog) && QFileInfo::exists(names.expectedBounces);
    if (complete && storedGeneratorVersion(names.database) == GeneratorVersion) {
        if (files) {
            *files = names;
        }
        return true;
    }
    return generate(folder, files, error);
}

QString DemoBoard::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
}
